//! Bad input that custctl used to accept or to report wrongly (issue 10, points 20 and 21):
//! leap seconds, year 0, the last day custctl can write, an unusable busy timeout, digit
//! runs that are no card number, and bidirectional control characters.

mod common;

use common::Env;

#[test]
fn leap_seconds_are_refused_never_moved() {
    let env = Env::new();
    env.json(&["person", "add", "--name", "Ada"]);
    for flag in [
        &["audit", "--since", "2016-12-31T23:59:60Z"][..],
        &["contact", "list", "--since", "2016-12-31T23:59:60Z"][..],
        &["contact", "list", "--until", "2016-12-31 23:59:60"][..],
    ] {
        let r = env.refused(flag, 5);
        assert!(r.stderr.contains("leap second"), "{flag:?}: {}", r.stderr);
    }
    let r = env
        .cmd()
        .env("CUSTCTL_NOW", "2016-12-31T23:59:60Z")
        .args(["person", "add", "--name", "Bob"])
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(2));
}

#[test]
fn year_zero_is_refused_in_every_kind_of_date_flag() {
    let env = Env::new();
    env.json(&["account", "add", "A1", "--name", "Acme"]);
    for flag in [
        // a date
        &["instrument", "list", "A1", "--on", "0000-06-01"][..],
        &["account", "defaults", "A1", "--on", "0000-06-01"][..],
        // a timestamp
        &["audit", "--since", "0000-06-01"][..],
        &["contact", "list", "--until", "0000-06-01"][..],
        &[
            "instrument",
            "add",
            "A1",
            "--iban",
            "DE89370400440532013000",
            "--currency",
            "USD",
            "--start",
            "0000-01-01",
        ][..],
    ] {
        env.refused(flag, 5);
    }
    // a month
    let r = env.refused(
        &[
            "instrument",
            "add",
            "A1",
            "--card-number",
            "4111111111111111",
            "--expiry",
            "0000-12",
        ],
        5,
    );
    assert!(r.stderr.contains("expiry"), "{}", r.stderr);
    env.json(&["instrument", "list", "A1", "--on", "0001-01-01"]);
}

#[test]
fn contact_list_until_the_last_day_works() {
    let env = Env::new();
    let r = env
        .run(&["contact", "list", "--until", "9999-12-31", "--json"])
        .ok();
    assert_eq!(r.json(), serde_json::json!([]));
    env.run(&["contact", "list", "--until", "9999-12-31T23:59:59Z"])
        .ok();
}

#[test]
fn an_unusable_busy_timeout_is_a_usage_error() {
    let env = Env::new();
    for bad in ["abc", "-5", "1.5", "99999999999999999999999"] {
        let out = env
            .cmd()
            .env("CUSTCTL_BUSY_TIMEOUT_MS", bad)
            .args(["person", "list"])
            .output()
            .unwrap();
        let r = common::to_run(out);
        assert_eq!(r.code, 2, "{bad}: {}", r.stderr);
        assert!(r.stderr.contains("CUSTCTL_BUSY_TIMEOUT_MS"), "{}", r.stderr);
    }
    let out = env
        .cmd()
        .env("CUSTCTL_BUSY_TIMEOUT_MS", "500")
        .args(["person", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn an_overflowing_credit_limit_is_shown_not_hidden_as_a_card_number() {
    let env = Env::new();
    for amount in ["92233720368547758079", "9223372036854775808"] {
        let r = env.refused(
            &[
                "catalog",
                "profile-class",
                "add",
                "BIG",
                "--description",
                "Big",
                "--credit-limit",
                &format!("USD={amount}"),
            ],
            5,
        );
        assert!(r.stderr.contains(amount), "{}", r.stderr);
        assert!(!r.stderr.contains("[card number]"), "{}", r.stderr);
    }
    // A card number typed there is still never echoed.
    let r = env.run(&[
        "catalog",
        "profile-class",
        "add",
        "BIG",
        "--description",
        "Big",
        "--credit-limit",
        "USD=x4111111111111111",
    ]);
    assert!(!r.stderr.contains("4111111111111111"), "{}", r.stderr);
}

#[test]
fn bidirectional_control_characters_are_refused_in_text_values() {
    let env = Env::new();
    env.json(&["account", "add", "A1", "--name", "Acme"]);
    for c in [
        '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}',
        '\u{2068}', '\u{2069}', '\u{200E}', '\u{200F}',
    ] {
        let value = format!("Ada{c}ecalvoL");
        let r = env.refused(&["person", "add", "--name", &value], 5);
        assert!(
            r.stderr.contains("control characters"),
            "{c:?}: {}",
            r.stderr
        );
        env.refused(&["account", "update", "A1", "--name", &value], 5);
        env.refused(
            &[
                "account",
                "site",
                "add",
                "A1",
                "--address",
                &value,
                "--use",
                "bill-to",
            ],
            5,
        );
        // The same rule for an imported row.
        let csv = env.path("p.csv");
        std::fs::write(&csv, format!("name\n{value}\n")).unwrap();
        env.refused(&["person", "import", csv.to_str().unwrap()], 5);
    }
    // Letters of right-to-left scripts themselves are fine.
    env.json(&["person", "add", "--name", "עדה לאבלייס"]);
}
