//! Enums whose values have names in the data file and in addresses, each name written once.

/// Declares a fieldless enum whose every value has a key (its name in the data file and in
/// addresses): the enum with `ALL`, `key`, `from_key` and `index`, and serde reading and
/// writing it by that key.
macro_rules! keyed_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident => $key:literal, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )*
        }

        impl $name {
            /// Every value, in the order declared.
            pub const ALL: [$name; [$($key),*].len()] = [$($name::$variant),*];

            /// The value's key in the data file and in addresses.
            pub fn key(self) -> &'static str {
                match self {
                    $( $name::$variant => $key, )*
                }
            }

            /// The value with this key.
            pub fn from_key(key: &str) -> Option<$name> {
                $name::ALL.into_iter().find(|value| value.key() == key)
            }

            /// Position in `ALL`, for arrays of per-value data.
            pub fn index(self) -> usize {
                self as usize
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.key())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let key = String::deserialize(deserializer)?;
                $name::from_key(&key).ok_or_else(|| {
                    let known: Vec<&str> = $name::ALL.iter().map(|v| v.key()).collect();
                    serde::de::Error::custom(format!(
                        "`{key}` is not one of: {}",
                        known.join(", ")
                    ))
                })
            }
        }
    };
}

pub(crate) use keyed_enum;
