crate::placeholder_command!(DefaultsArgs);
