crate::placeholder_command!(ImportArgs);
