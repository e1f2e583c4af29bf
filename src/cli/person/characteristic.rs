crate::placeholder_command!(CharacteristicArgs);
