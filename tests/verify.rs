mod common;
use common::*;

#[test]
#[ignore]
fn dump() {
    for path in examples() {
        let source = std::fs::read_to_string(&path).unwrap();
        let prepared = kehoach::prepare(&path.display().to_string(), &source).unwrap();
        let results = kehoach::verify::verify_prepared(&prepared).unwrap();
        println!("== {}", path.display());
        for r in results { println!("{r}"); }
    }
}
