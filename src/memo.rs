//! A small, bounded, thread-safe memo of results computed from one string.
//!
//! The text checks look at every string of a document. A batch of plans, or
//! a plan re-rendered on every save, repeats most of its strings, so each
//! string's findings are kept (like typst's own memoisation of layout) and
//! only new strings are checked. The memo is cleared when it grows past its
//! bound, so memory stays flat however many documents pass through.

use std::collections::HashMap;
use std::sync::Mutex;

/// Results per string, at most `CAPACITY` strings at a time.
pub struct StrMemo<T> {
    map: Mutex<Option<HashMap<Box<str>, T>>>,
}

/// Strings kept before the memo starts over (a long plan has a few hundred).
const CAPACITY: usize = 4096;

/// Strings longer than this are not kept (each would pin its own copy).
const MAX_KEY_BYTES: usize = 16 * 1024;

impl<T: Clone> StrMemo<T> {
    pub const fn new() -> Self {
        StrMemo { map: Mutex::new(None) }
    }

    /// The memoised result for `key`, computing it with `f` the first time.
    pub fn get(&self, key: &str, f: impl FnOnce() -> T) -> T {
        if key.len() > MAX_KEY_BYTES {
            return f();
        }
        if let Ok(guard) = self.map.lock() {
            if let Some(v) = guard.as_ref().and_then(|m| m.get(key)) {
                return v.clone();
            }
        }
        let value = f();
        if let Ok(mut guard) = self.map.lock() {
            let map = guard.get_or_insert_with(HashMap::new);
            if map.len() >= CAPACITY {
                map.clear();
            }
            map.insert(key.into(), value.clone());
        }
        value
    }
}

impl<T: Clone> Default for StrMemo<T> {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn computes_once_per_string_and_stays_bounded() {
        let memo: StrMemo<usize> = StrMemo::new();
        let mut calls = 0;
        assert_eq!(memo.get("abc", || { calls += 1; 3 }), 3);
        assert_eq!(memo.get("abc", || { calls += 1; 99 }), 3);
        assert_eq!(calls, 1);
        for i in 0..CAPACITY + 10 {
            memo.get(&i.to_string(), || i);
        }
        let len = memo.map.lock().unwrap().as_ref().unwrap().len();
        assert!(len <= CAPACITY, "{len}");
    }
}
