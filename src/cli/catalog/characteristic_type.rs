crate::placeholder_command!(CharacteristicTypeArgs);
