//! Reference data through the binary (issue 12): one test per area. The reference vectors
//! themselves (every IBAN registry country, processors' test cards per brand, the ISO 4217
//! list, libphonenumber's example numbers, RFC 5321/5322 addresses) are unit tests of the
//! domain modules.

mod common;

use common::{Env, to_run};

fn setup() -> Env {
    let env = Env::new();
    env.json(&[
        "account",
        "add",
        "A1",
        "--name",
        "Acme",
        "--currency",
        "EUR",
    ]);
    env
}

fn db_bytes(env: &Env) -> Vec<u8> {
    env.stored_bytes()
}

#[test]
fn iban_of_every_registry_country_pasted_with_a_bic_of_another_country() {
    let env = setup();
    // Pakistan: in the IBAN registry, not in the crate. Pasted with non-breaking spaces,
    // lower case and a trailing newline; stored in electronic form.
    let pk = env.json(&[
        "instrument",
        "add",
        "A1",
        "--iban",
        "pk36\u{a0}scbl\u{a0}0000\u{a0}0011\u{a0}2345\u{a0}6702\n",
        "--currency",
        "PKR",
    ]);
    assert_eq!(pk["country"], "PK");
    let id = pk["id"].to_string();
    let shown = env.json(&["instrument", "show", &id, "--reveal"]);
    assert_eq!(shown["iban"], "PK36SCBL0000001123456702");
    let hn = env.json(&[
        "instrument",
        "add",
        "A1",
        "--iban",
        "HN88 CABF 0000 0000 0002 5000 5469",
        "--currency",
        "HNL",
    ]);
    assert_eq!(hn["country"], "HN");
    // A Réunion bank's BIC beside its FR IBAN: the countries differ, and that is fine.
    let fr = env.json(&[
        "instrument",
        "add",
        "A1",
        "--iban",
        "FR76 3000 4000 0312 3456 7890 143",
        "--bic",
        "bnparerx",
        "--currency",
        "EUR",
    ]);
    assert_eq!(fr["bic"], "BNPARERX");
    assert_eq!(fr["country"], "FR");
    // Check digits 99 pass mod 97 but are no ISO 13616 check digits.
    let r = env.refused(
        &[
            "instrument",
            "add",
            "A1",
            "--iban",
            "DE99370400440000000024",
            "--currency",
            "EUR",
        ],
        5,
    );
    assert!(r.stderr.contains("02 to 98"), "{}", r.stderr);
    // An empty BIC and a BIC with separators: 5.
    for bic in ["", "DEUT-DE-FF"] {
        env.refused(
            &[
                "instrument",
                "add",
                "A1",
                "--iban",
                "DE89370400440532013000",
                "--bic",
                bic,
                "--currency",
                "EUR",
            ],
            5,
        );
    }
}

#[test]
fn maestro_cards_are_accepted_and_never_stored() {
    let env = setup();
    for (pan, expiry) in [
        ("6759649826438453", "2030-01"),
        ("6304 0000 0000 0000", "2030-02"),
        ("6771798021000008", "2030-03"),
    ] {
        let card = env.json(&[
            "instrument",
            "add",
            "A1",
            "--card-number",
            pan,
            "--expiry",
            expiry,
        ]);
        assert!(card["brand"] == "maestro", "brand {}", card["brand"]);
        let digits: String = pan.chars().filter(char::is_ascii_digit).collect();
        assert!(card["last4"] == digits[12..], "last4 {}", card["last4"]);
        let listed = env.run(&["instrument", "list", "A1", "--reveal"]).ok();
        assert!(!listed.stdout.contains(&digits));
        let bytes = db_bytes(&env);
        assert!(
            !bytes.windows(digits.len()).any(|w| w == digits.as_bytes()),
            "a card number is in the database file"
        );
    }
}

#[test]
fn caribbean_guilders_yes_withdrawn_and_fund_codes_no() {
    let env = setup();
    let xcg = env.json(&[
        "account",
        "add",
        "CW1",
        "--name",
        "Curaçao",
        "--currency",
        "XCG",
    ]);
    assert_eq!(xcg["currency"], "XCG");
    let ved = env.json(&[
        "instrument",
        "add",
        "A1",
        "--iban",
        "DE89370400440532013000",
        "--currency",
        "ved",
    ]);
    assert_eq!(ved["currency"], "VED");
    let r = env.refused(
        &[
            "account",
            "add",
            "CW2",
            "--name",
            "Old",
            "--currency",
            "ANG",
        ],
        5,
    );
    assert!(
        r.stderr.contains("withdrawn") && r.stderr.contains("XCG"),
        "{}",
        r.stderr
    );
    for code in ["XAU", "CHE", "CLF", "XTS", "XXX"] {
        let r = env.refused(
            &["account", "add", "X1", "--name", "Fund", "--currency", code],
            5,
        );
        assert!(
            r.stderr.contains("not a currency for customer accounts"),
            "{}",
            r.stderr
        );
    }
}

#[test]
fn emails_as_a_mail_server_takes_them() {
    let env = Env::new();
    let p = env.json(&[
        "person",
        "add",
        "--name",
        "Ada",
        "--email",
        "ada+billing@bücher.example",
    ]);
    assert_eq!(p["email"], "ada+billing@bücher.example");
    for bad in [
        "ada..lovelace@example.com",
        ".ada@example.com",
        "ada,lovelace@example.com",
        "ada@-example.com",
    ] {
        env.refused(&["person", "add", "--name", "Bob", "--email", bad], 5);
    }
}

#[test]
fn phones_are_stored_in_e164_beside_the_typed_form() {
    let env = Env::new();
    let p = env.json(&[
        "person",
        "add",
        "--name",
        "Ada",
        "--phone",
        "030 123456",
        "--region",
        "DE",
    ]);
    assert_eq!(p["phone"], "+4930123456");
    let shown = env.json(&["person", "show", "1"]);
    let point = &shown["contact_points"][0];
    assert_eq!(point["value"], "+4930123456");
    assert_eq!(point["typed"], "030 123456");
    // The region from the environment serves a national form too.
    let mut cmd = env.cmd();
    cmd.env("CUSTCTL_PHONE_REGION", "GB").args([
        "person",
        "point",
        "add",
        "1",
        "--type",
        "phone",
        "--value",
        "07400 123456",
        "--json",
    ]);
    let added = to_run(cmd.output().unwrap()).ok().json();
    assert_eq!(added["value"], "+447400123456");
    let updated = env.json(&[
        "person",
        "update",
        "1",
        "--phone",
        "(201) 555-0123",
        "--region",
        "us",
    ]);
    assert_eq!(updated["phone"], "+12015550123");
    // Not phone numbers, and a national form without a region: 5 with a hint.
    for bad in ["not a phone", "+1", "3.49123E+10"] {
        let r = env.refused(
            &[
                "person", "add", "--name", "Bob", "--phone", bad, "--region", "DE",
            ],
            5,
        );
        assert!(r.stderr.contains("hint"), "{}", r.stderr);
    }
    let r = env.refused(
        &["person", "add", "--name", "Bob", "--phone", "030 123456"],
        5,
    );
    assert!(r.stderr.contains("--region"), "{}", r.stderr);
    env.refused(
        &[
            "person",
            "add",
            "--name",
            "Bob",
            "--phone",
            "+4930123456",
            "--region",
            "ZZ",
        ],
        5,
    );
}

/// `--region UK` gets the same "did you mean GB" hint as a country.
#[test]
fn a_phone_region_of_uk_hints_at_gb() {
    let env = Env::new();
    let run = env.refused(
        &[
            "person",
            "add",
            "--name",
            "Ann",
            "--phone",
            "020 7946 0958",
            "--region",
            "UK",
        ],
        5,
    );
    assert!(run.stderr.contains("did you mean GB"), "{}", run.stderr);
    let ok = env.json(&[
        "person",
        "add",
        "--name",
        "Ann",
        "--phone",
        "020 7946 0958",
        "--region",
        "GB",
    ]);
    assert_eq!(ok["name"], "Ann");
}
