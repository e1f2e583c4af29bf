crate::placeholder_command!(ReceiptMethodArgs);
