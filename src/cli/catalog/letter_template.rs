crate::placeholder_command!(LetterTemplateArgs);
