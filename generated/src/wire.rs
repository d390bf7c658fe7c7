//! Serde helpers for bytes nested in `Option` and `Vec` (`blob?`, `list<blob>`): every
//! `Vec<u8>` inside is carried as standard base64 text, as `runtime::wire::base64` carries a
//! plain `blob` field.

/// Use with `#[serde(with = "crate::wire::base64")]` on a field whose type is `Vec<u8>` nested in
/// any mix of `Option` and `Vec`.
pub mod base64 {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    /// A type made of byte strings nested in `Option` and `Vec`.
    pub trait Base64Wire: Sized {
        /// Writes the value with every byte string as base64 text.
        fn serialize_base64<S: Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error>;
        /// Reads the value with every byte string from base64 text.
        fn deserialize_base64<'de, D: Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error>;
    }
    impl Base64Wire for Vec<u8> {
        fn serialize_base64<S: Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            runtime::wire::base64::serialize(self, serializer)
        }
        fn deserialize_base64<'de, D: Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            runtime::wire::base64::deserialize(deserializer)
        }
    }
    impl<T: Base64Wire> Base64Wire for Option<T> {
        fn serialize_base64<S: Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            match self {
                Some(value) => serializer.serialize_some(&Encoded(value)),
                None => serializer.serialize_none(),
            }
        }
        fn deserialize_base64<'de, D: Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            let value = Option::<Decoded<T>>::deserialize(deserializer)?;
            Ok(value.map(|decoded| decoded.0))
        }
    }
    impl<T: Base64Wire> Base64Wire for Vec<T> {
        fn serialize_base64<S: Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.collect_seq(self.iter().map(Encoded))
        }
        fn deserialize_base64<'de, D: Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            let values = Vec::<Decoded<T>>::deserialize(deserializer)?;
            Ok(values.into_iter().map(|decoded| decoded.0).collect())
        }
    }
    /// A method result carried as base64 text, for results whose type is bytes nested in any mix of
    /// `Option` and `Vec`.
    pub struct Base64<T>(pub T);
    impl<T: Base64Wire> Serialize for Base64<T> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            self.0.serialize_base64(serializer)
        }
    }
    impl<'de, T: Base64Wire> Deserialize<'de> for Base64<T> {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            T::deserialize_base64(deserializer).map(Base64)
        }
    }
    /// Serializes a value through [`Base64Wire`].
    struct Encoded<'a, T>(&'a T);
    impl<T: Base64Wire> Serialize for Encoded<'_, T> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            self.0.serialize_base64(serializer)
        }
    }
    /// Deserializes a value through [`Base64Wire`].
    struct Decoded<T>(T);
    impl<'de, T: Base64Wire> Deserialize<'de> for Decoded<T> {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            T::deserialize_base64(deserializer).map(Decoded)
        }
    }
    /// The `serialize` half of the `with` module.
    pub fn serialize<T: Base64Wire, S: Serializer>(
        value: &T,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        value.serialize_base64(serializer)
    }
    /// The `deserialize` half of the `with` module.
    pub fn deserialize<'de, T: Base64Wire, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<T, D::Error> {
        T::deserialize_base64(deserializer)
    }
}
