
use builtin;
use str;

set edit:completion:arg-completer[custctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'custctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'custctl'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create or migrate the database; print its path and schema version'
            cand doctor 'Check the database, the audit chain and every business invariant'
            cand backup 'Copy the database consistently (while others write), with its key file'
            cand audit 'List audit entries, or verify the audit chain'
            cand catalog 'Set up catalogs: contact classes and types, characteristic types, letter templates, receipt methods, profile classes'
            cand person 'Persons and organisations, their contact points and relationships'
            cand contact 'Customer contacts: the record of every time a customer got in touch'
            cand account 'Customer accounts, their sites, receipt methods and contacts'
            cand instrument 'Payment instruments: cards and bank accounts'
            cand relationship 'Relationships between accounts'
            cand profile 'Account profiles: a profile class for a period, with overrides'
            cand export 'Write every record as NDJSON'
            cand import 'Read an export back'
            cand completions 'Print shell completions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;init'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'custctl;doctor'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'custctl;backup'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'custctl;audit'= {
            cand --entity 'Only entries about this kind of record (person, account, contact, ...)'
            cand --id 'Only entries about the record with this id'
            cand --since 'Only entries at or after this time'
            cand --limit 'At most N entries (newest first)'
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand verify 'Check the audit chain; exit 4 naming the first bad entry'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;audit;verify'= {
            cand --expect-head 'The head HMAC printed by an earlier verify: its absence means entries were removed from the end'
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'custctl;audit;help'= {
            cand verify 'Check the audit chain; exit 4 naming the first bad entry'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;audit;help;verify'= {
        }
        &'custctl;audit;help;help'= {
        }
        &'custctl;catalog'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand contact-class 'Contact classes'
            cand contact-type 'Contact types: a class and type, their letter and characteristics'
            cand characteristic-type 'Characteristic types: predefined values or ad hoc with a pattern'
            cand letter-template 'Letter templates'
            cand receipt-method 'Receipt methods: automatic (bank account or card) or manual'
            cand profile-class 'Profile classes, versioned by date'
            cand list 'List catalog entries, of one kind or of all'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;catalog;contact-class'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'custctl;catalog;contact-type'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'custctl;catalog;characteristic-type'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'custctl;catalog;letter-template'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'custctl;catalog;receipt-method'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'custctl;catalog;profile-class'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'custctl;catalog;list'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'custctl;catalog;help'= {
            cand contact-class 'Contact classes'
            cand contact-type 'Contact types: a class and type, their letter and characteristics'
            cand characteristic-type 'Characteristic types: predefined values or ad hoc with a pattern'
            cand letter-template 'Letter templates'
            cand receipt-method 'Receipt methods: automatic (bank account or card) or manual'
            cand profile-class 'Profile classes, versioned by date'
            cand list 'List catalog entries, of one kind or of all'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;catalog;help;contact-class'= {
        }
        &'custctl;catalog;help;contact-type'= {
        }
        &'custctl;catalog;help;characteristic-type'= {
        }
        &'custctl;catalog;help;letter-template'= {
        }
        &'custctl;catalog;help;receipt-method'= {
        }
        &'custctl;catalog;help;profile-class'= {
        }
        &'custctl;catalog;help;list'= {
        }
        &'custctl;catalog;help;help'= {
        }
        &'custctl;person'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a person or organisation'
            cand list 'List persons, optionally those matching a search text'
            cand show 'Show a person with contact points and relationships'
            cand update 'Change a person''s fields'
            cand point 'Contact points (phone, fax, email, im, url)'
            cand characteristic 'Characteristics of a person'
            cand relate 'Say that a person is a contact of another, for a period'
            cand import 'Import persons from CSV or NDJSON'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;person;add'= {
            cand --name 'The full name (or the organisation''s name)'
            cand --first-name 'First name (the name is formed from first and last name when --name is not given)'
            cand --last-name 'Last name'
            cand --kind 'person or organization [default: person]'
            cand --external-id 'The key of this person in the source system (unique)'
            cand --email 'Primary email address'
            cand --phone 'Primary phone number (kept as given)'
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'custctl;person;list'= {
            cand --search 'Only persons whose name, external id or a contact point contains TEXT'
            cand --limit 'At most N persons'
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'custctl;person;show'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'custctl;person;update'= {
            cand --name 'name'
            cand --first-name 'first-name'
            cand --last-name 'last-name'
            cand --kind 'person or organization'
            cand --external-id 'external-id'
            cand --email 'Replaces the primary email'
            cand --phone 'Replaces the primary phone'
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'custctl;person;point'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a contact point; --primary demotes the current primary of its type'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;person;point;add'= {
            cand --type 'phone, fax, email, im or url'
            cand --value 'value'
            cand --purpose 'What the point is for (home, work, ...)'
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --primary 'Make it the primary point of its type'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'custctl;person;point;help'= {
            cand add 'Add a contact point; --primary demotes the current primary of its type'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;person;point;help;add'= {
        }
        &'custctl;person;point;help;help'= {
        }
        &'custctl;person;characteristic'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'custctl;person;relate'= {
            cand --to 'The person or organisation they are a contact of'
            cand --role 'The role (contact)'
            cand --start 'First day [default: today]'
            cand --end 'Last day [default: open-ended]'
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'custctl;person;import'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'custctl;person;help'= {
            cand add 'Add a person or organisation'
            cand list 'List persons, optionally those matching a search text'
            cand show 'Show a person with contact points and relationships'
            cand update 'Change a person''s fields'
            cand point 'Contact points (phone, fax, email, im, url)'
            cand characteristic 'Characteristics of a person'
            cand relate 'Say that a person is a contact of another, for a period'
            cand import 'Import persons from CSV or NDJSON'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;person;help;add'= {
        }
        &'custctl;person;help;list'= {
        }
        &'custctl;person;help;show'= {
        }
        &'custctl;person;help;update'= {
        }
        &'custctl;person;help;point'= {
            cand add 'Add a contact point; --primary demotes the current primary of its type'
        }
        &'custctl;person;help;point;add'= {
        }
        &'custctl;person;help;characteristic'= {
        }
        &'custctl;person;help;relate'= {
        }
        &'custctl;person;help;import'= {
        }
        &'custctl;person;help;help'= {
        }
        &'custctl;contact'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'custctl;account'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add an account; without --person an organisation named after it becomes its customer'
            cand list 'List accounts by number'
            cand show 'Show an account with its sites'
            cand update 'Change an account''s name, status, currency or customer'
            cand characteristic 'Characteristics of an account'
            cand site 'Sites (addresses) of an account'
            cand receipt-method 'Receipt methods assigned to an account or one of its sites'
            cand contact 'Contact persons of an account'
            cand defaults 'The defaults in force on a date, each with its reason'
            cand import 'Import accounts from CSV or NDJSON'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;account;add'= {
            cand --name 'name'
            cand --person 'The customer party: a person id or external id'
            cand --currency 'ISO 4217 currency [default: USD]'
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'custctl;account;list'= {
            cand --person 'Only the accounts of this customer party'
            cand --status 'Only active or only inactive accounts'
            cand --limit 'At most N accounts'
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'custctl;account;show'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'custctl;account;update'= {
            cand --name 'name'
            cand --status 'active or inactive'
            cand --currency 'currency'
            cand --person 'A new customer party'
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'custctl;account;characteristic'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'custctl;account;site'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a site; --primary makes it the primary site for each of its uses'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;account;site;add'= {
            cand --address 'address'
            cand --city 'city'
            cand --postal-code 'postal-code'
            cand --country 'ISO 3166 two-letter country code'
            cand --use 'Comma-separated uses: bill-to, ship-to, statements, dunning'
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --primary 'Make it the primary site for its uses (the previous primary is demoted)'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'custctl;account;site;help'= {
            cand add 'Add a site; --primary makes it the primary site for each of its uses'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;account;site;help;add'= {
        }
        &'custctl;account;site;help;help'= {
        }
        &'custctl;account;receipt-method'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'custctl;account;contact'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'custctl;account;defaults'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'custctl;account;import'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'custctl;account;help'= {
            cand add 'Add an account; without --person an organisation named after it becomes its customer'
            cand list 'List accounts by number'
            cand show 'Show an account with its sites'
            cand update 'Change an account''s name, status, currency or customer'
            cand characteristic 'Characteristics of an account'
            cand site 'Sites (addresses) of an account'
            cand receipt-method 'Receipt methods assigned to an account or one of its sites'
            cand contact 'Contact persons of an account'
            cand defaults 'The defaults in force on a date, each with its reason'
            cand import 'Import accounts from CSV or NDJSON'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;account;help;add'= {
        }
        &'custctl;account;help;list'= {
        }
        &'custctl;account;help;show'= {
        }
        &'custctl;account;help;update'= {
        }
        &'custctl;account;help;characteristic'= {
        }
        &'custctl;account;help;site'= {
            cand add 'Add a site; --primary makes it the primary site for each of its uses'
        }
        &'custctl;account;help;site;add'= {
        }
        &'custctl;account;help;receipt-method'= {
        }
        &'custctl;account;help;contact'= {
        }
        &'custctl;account;help;defaults'= {
        }
        &'custctl;account;help;import'= {
        }
        &'custctl;account;help;help'= {
        }
        &'custctl;instrument'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'custctl;relationship'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'custctl;profile'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'custctl;export'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'custctl;import'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'custctl;completions'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --format 'Output format'
            cand --actor 'Who makes the change [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'custctl;help'= {
            cand init 'Create or migrate the database; print its path and schema version'
            cand doctor 'Check the database, the audit chain and every business invariant'
            cand backup 'Copy the database consistently (while others write), with its key file'
            cand audit 'List audit entries, or verify the audit chain'
            cand catalog 'Set up catalogs: contact classes and types, characteristic types, letter templates, receipt methods, profile classes'
            cand person 'Persons and organisations, their contact points and relationships'
            cand contact 'Customer contacts: the record of every time a customer got in touch'
            cand account 'Customer accounts, their sites, receipt methods and contacts'
            cand instrument 'Payment instruments: cards and bank accounts'
            cand relationship 'Relationships between accounts'
            cand profile 'Account profiles: a profile class for a period, with overrides'
            cand export 'Write every record as NDJSON'
            cand import 'Read an export back'
            cand completions 'Print shell completions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;help;init'= {
        }
        &'custctl;help;doctor'= {
        }
        &'custctl;help;backup'= {
        }
        &'custctl;help;audit'= {
            cand verify 'Check the audit chain; exit 4 naming the first bad entry'
        }
        &'custctl;help;audit;verify'= {
        }
        &'custctl;help;catalog'= {
            cand contact-class 'Contact classes'
            cand contact-type 'Contact types: a class and type, their letter and characteristics'
            cand characteristic-type 'Characteristic types: predefined values or ad hoc with a pattern'
            cand letter-template 'Letter templates'
            cand receipt-method 'Receipt methods: automatic (bank account or card) or manual'
            cand profile-class 'Profile classes, versioned by date'
            cand list 'List catalog entries, of one kind or of all'
        }
        &'custctl;help;catalog;contact-class'= {
        }
        &'custctl;help;catalog;contact-type'= {
        }
        &'custctl;help;catalog;characteristic-type'= {
        }
        &'custctl;help;catalog;letter-template'= {
        }
        &'custctl;help;catalog;receipt-method'= {
        }
        &'custctl;help;catalog;profile-class'= {
        }
        &'custctl;help;catalog;list'= {
        }
        &'custctl;help;person'= {
            cand add 'Add a person or organisation'
            cand list 'List persons, optionally those matching a search text'
            cand show 'Show a person with contact points and relationships'
            cand update 'Change a person''s fields'
            cand point 'Contact points (phone, fax, email, im, url)'
            cand characteristic 'Characteristics of a person'
            cand relate 'Say that a person is a contact of another, for a period'
            cand import 'Import persons from CSV or NDJSON'
        }
        &'custctl;help;person;add'= {
        }
        &'custctl;help;person;list'= {
        }
        &'custctl;help;person;show'= {
        }
        &'custctl;help;person;update'= {
        }
        &'custctl;help;person;point'= {
            cand add 'Add a contact point; --primary demotes the current primary of its type'
        }
        &'custctl;help;person;point;add'= {
        }
        &'custctl;help;person;characteristic'= {
        }
        &'custctl;help;person;relate'= {
        }
        &'custctl;help;person;import'= {
        }
        &'custctl;help;contact'= {
        }
        &'custctl;help;account'= {
            cand add 'Add an account; without --person an organisation named after it becomes its customer'
            cand list 'List accounts by number'
            cand show 'Show an account with its sites'
            cand update 'Change an account''s name, status, currency or customer'
            cand characteristic 'Characteristics of an account'
            cand site 'Sites (addresses) of an account'
            cand receipt-method 'Receipt methods assigned to an account or one of its sites'
            cand contact 'Contact persons of an account'
            cand defaults 'The defaults in force on a date, each with its reason'
            cand import 'Import accounts from CSV or NDJSON'
        }
        &'custctl;help;account;add'= {
        }
        &'custctl;help;account;list'= {
        }
        &'custctl;help;account;show'= {
        }
        &'custctl;help;account;update'= {
        }
        &'custctl;help;account;characteristic'= {
        }
        &'custctl;help;account;site'= {
            cand add 'Add a site; --primary makes it the primary site for each of its uses'
        }
        &'custctl;help;account;site;add'= {
        }
        &'custctl;help;account;receipt-method'= {
        }
        &'custctl;help;account;contact'= {
        }
        &'custctl;help;account;defaults'= {
        }
        &'custctl;help;account;import'= {
        }
        &'custctl;help;instrument'= {
        }
        &'custctl;help;relationship'= {
        }
        &'custctl;help;profile'= {
        }
        &'custctl;help;export'= {
        }
        &'custctl;help;import'= {
        }
        &'custctl;help;completions'= {
        }
        &'custctl;help;help'= {
        }
    ]
    $completions[$command]
}
