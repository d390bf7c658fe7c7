//! Instance addressing: a (class, name) pair maps to a stable id, the SHA-256 hex digest of
//! `class`, a NUL byte and `name`. Hosts name files and storage after the id, never after the raw
//! name, so no name can reach outside the data directory.

use sha2::{Digest, Sha256};

use crate::error::{Error, Result};

/// Derives the instance id: 64 lowercase hex characters.
///
/// Class names never contain NUL, so the separator makes the pair unambiguous.
pub fn instance_id(class: &str, name: &str) -> String {
    let mut hasher = Sha256::new();
    hasher.update(class.as_bytes());
    hasher.update([0u8]);
    hasher.update(name.as_bytes());

    let digest = hasher.finalize();
    let mut hex = String::with_capacity(64);
    for byte in digest {
        hex.push(char::from(b"0123456789abcdef"[usize::from(byte >> 4)]));
        hex.push(char::from(b"0123456789abcdef"[usize::from(byte & 0x0f)]));
    }
    hex
}

/// Checks an instance name: not empty, no NUL, at most `max_bytes` bytes of UTF-8.
pub fn validate_name(name: &str, max_bytes: usize) -> Result<()> {
    if name.is_empty() {
        return Err(Error::validation("instance name is empty"));
    }
    if name.contains('\0') {
        return Err(Error::validation("instance name contains a NUL character"));
    }
    if name.len() > max_bytes {
        return Err(Error::validation(format!(
            "instance name is {} bytes long; the limit is {max_bytes} bytes",
            name.len()
        ))
        .with_details(serde_json::json!({ "limit": max_bytes })));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_is_stable_hex() {
        let id = instance_id("counter", "a");
        assert_eq!(id.len(), 64);
        assert!(id
            .chars()
            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase()));
        assert_eq!(id, instance_id("counter", "a"));
    }

    #[test]
    fn id_separates_class_and_name() {
        assert_ne!(instance_id("ab", "c"), instance_id("a", "bc"));
        assert_ne!(instance_id("counter", "a"), instance_id("other", "a"));
    }

    #[test]
    fn id_of_traversal_name_is_plain_hex() {
        assert!(!instance_id("counter", "../../etc/passwd").contains('/'));
    }

    #[test]
    fn name_validation_table() {
        let cases = [
            ("ok", true),
            ("../x", true),
            ("😀", true),
            ("", false),
            ("a\0b", false),
        ];
        for (name, valid) in cases {
            assert_eq!(validate_name(name, 256).is_ok(), valid, "{name:?}");
        }
        assert!(validate_name(&"x".repeat(257), 256).is_err());
    }
}
