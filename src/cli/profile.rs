crate::placeholder_command!(ProfileArgs);
