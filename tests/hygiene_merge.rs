//! Customer data hygiene, duplicates half: `person duplicates`, `person merge`,
//! `person import --match`, and the survivors that old references resolve to.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::{Env, fixture};
use serde_json::Value;

fn ids(v: &Value) -> BTreeSet<i64> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_i64().unwrap())
        .collect()
}

fn count(env: &Env, table: &str, filter: &str) -> i64 {
    integers(env, &format!("SELECT count(*) FROM {table} WHERE {filter}"))[0]
}

/// The integers of the first row `sql` selects, on either backend.
fn integers(env: &Env, sql: &str) -> Vec<i64> {
    if let Some(pg) = &env.pg {
        let row = pg.client().query_one(sql, &[]).unwrap();
        // bigint (count) or integer (a literal).
        return (0..row.len())
            .map(|i| {
                row.try_get::<_, i64>(i)
                    .unwrap_or_else(|_| row.get::<_, i32>(i).into())
            })
            .collect();
    }
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.query_row(sql, [], |r| {
        (0..r.as_ref().column_count()).map(|i| r.get(i)).collect()
    })
    .unwrap()
}

/// The fixture's rows: (index, organization id, website).
fn fixture_rows() -> Vec<(String, String, String)> {
    let mut reader =
        csv::Reader::from_path(fixture("external/organizations-1000-duplicates.csv")).unwrap();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[0].to_string(), r[1].to_string(), r[3].to_string())
        })
        .collect()
}

#[test]
fn the_fixture_duplicate_groups_are_found_merged_and_still_resolve() {
    let env = Env::new();
    let path = fixture("external/organizations-1000-duplicates.csv");
    // The same organisation appears under several rows (its "Organization Id" repeated,
    // the name varied: "Baldwin Ltd", "Baldwin Ltd Corp", "Baldwin Ltd S.A.", "Baldwin Ltd
    // Europe"); each row is a person keyed by its index, as an export with duplicates is.
    let summary = env.json(&[
        "person",
        "import",
        path.to_str().unwrap(),
        "--map",
        "Index=external_id",
        "--map",
        "Name=name",
        "--ignore-unknown",
        "--skip-invalid",
    ]);
    assert_eq!(summary["inserted"], 1000);
    let rows = fixture_rows();
    // Each organisation's website as a contact point of each of its rows.
    std::thread::scope(|s| {
        for part in rows.chunks(250) {
            let env = &env;
            s.spawn(move || {
                for (index, _, website) in part {
                    env.run(&[
                        "person",
                        "point",
                        "add",
                        &format!("ext:{index}"),
                        "--type",
                        "url",
                        "--value",
                        website,
                    ])
                    .ok();
                }
            });
        }
    });
    // Person ids by index, and the true groups (rows sharing an organization id).
    let listed = env.json(&["person", "list"]);
    let id_of: BTreeMap<String, i64> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["external_id"].as_str().unwrap().to_string(),
                p["id"].as_i64().unwrap(),
            )
        })
        .collect();
    let mut truth: BTreeMap<&str, BTreeSet<i64>> = BTreeMap::new();
    for (index, org, _) in &rows {
        truth.entry(org).or_default().insert(id_of[index]);
    }
    truth.retain(|_, g| g.len() > 1);
    assert_eq!(truth.len(), 223);
    let group_of: BTreeMap<i64, &BTreeSet<i64>> = truth
        .values()
        .flat_map(|g| g.iter().map(move |id| (*id, g)))
        .collect();

    let found = env.json(&["person", "duplicates"]);
    assert_eq!(found["threshold"], 50);
    let groups: Vec<BTreeSet<i64>> = found["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            assert!(g["score"].as_u64().unwrap() >= 50);
            assert!(
                g["reasons"]
                    .as_array()
                    .unwrap()
                    .contains(&Value::from("same-url"))
            );
            g["persons"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p["id"].as_i64().unwrap())
                .collect()
        })
        .collect();
    // Every true group is found whole, and every group found is made of true groups (a few
    // organisations share a website, so their groups are joined).
    for g in truth.values() {
        assert!(
            groups.iter().any(|f| g.is_subset(f)),
            "group {g:?} not found"
        );
    }
    let website_of: BTreeMap<i64, &str> = rows
        .iter()
        .map(|(index, _, website)| (id_of[index], website.as_str()))
        .collect();
    for f in &groups {
        // One web address, up to scheme, "www." and a trailing slash.
        let sites: BTreeSet<&str> = f
            .iter()
            .map(|id| {
                let w = website_of[id];
                let w = w.split_once("://").map_or(w, |(_, rest)| rest);
                w.trim_start_matches("www.").trim_end_matches('/')
            })
            .collect();
        assert_eq!(sites.len(), 1, "group {f:?} joins websites {sites:?}");
        for id in f {
            if let Some(t) = group_of.get(id) {
                assert!(t.is_subset(f));
            }
        }
    }
    assert!(found["skipped"].as_array().unwrap().is_empty());

    // Merge each true group into its first row.
    let persons_before = count(&env, "person", "merged_into IS NULL");
    let points_before = count(&env, "contact_point", "TRUE");
    let in_use_before = count(&env, "contact_point", "end_date IS NULL");
    assert_eq!(
        (persons_before, points_before, in_use_before),
        (1000, 1000, 1000)
    );
    let mut merged_away = 0;
    for g in truth.values() {
        let keep = *g.iter().next().unwrap();
        let dups: Vec<i64> = g.iter().skip(1).copied().collect();
        let mut args: Vec<String> = vec!["person".into(), "merge".into(), keep.to_string()];
        args.extend(dups.iter().map(|d| d.to_string()));
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let report = env.json(&args);
        assert_eq!(report["dry_run"], false);
        assert_eq!(report["keep"]["id"], keep);
        assert_eq!(ids(&report["merged"]), dups.iter().copied().collect());
        // Every moved record: each duplicate's one website, ended as the same as the kept one.
        let moved = report["moved"].as_array().unwrap();
        assert_eq!(moved.len(), dups.len());
        for m in moved {
            assert_eq!(m["entity"], "contact_point");
            assert!(
                m["note"]
                    .as_str()
                    .unwrap()
                    .starts_with("ended: the same as")
            );
            let point = m["id"].as_str().unwrap();
            let point: i64 = point.parse().unwrap();
            let row = integers(
                &env,
                &format!(
                    "SELECT person_id, CASE WHEN end_date IS NULL THEN 0 ELSE 1 END
                       FROM contact_point WHERE id = {point}"
                ),
            );
            assert_eq!(row[0], keep);
            assert_eq!(row[1], 1, "the point has an end");
        }
        merged_away += dups.len() as i64;
    }
    assert_eq!(merged_away, 1000 - 454 - 223);
    // Counts after: the duplicates stay as records, merged; no contact point lost.
    assert_eq!(count(&env, "person", "TRUE"), 1000);
    assert_eq!(
        count(&env, "person", "merged_into IS NULL"),
        persons_before - merged_away
    );
    assert_eq!(count(&env, "contact_point", "TRUE"), points_before);
    assert_eq!(
        count(&env, "contact_point", "end_date IS NULL"),
        in_use_before - merged_away
    );
    assert_eq!(
        env.json(&["person", "list"]).as_array().unwrap().len() as i64,
        1000 - merged_away
    );
    let audit = env.json(&["audit", "--limit", "100000"]);
    let actions: Vec<&str> = audit
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions.iter().filter(|a| **a == "move").count() as i64,
        merged_away
    );
    assert_eq!(
        actions.iter().filter(|a| **a == "merge").count() as i64,
        merged_away + 223
    );
    env.run(&["doctor"]).ok();
    assert_eq!(env.json(&["audit", "verify"])["ok"], true);

    // Old references resolve to the survivor, with a note.
    let (index, org, _) = rows
        .iter()
        .find(|(_, org, _)| truth.contains_key(org.as_str()))
        .map(|(i, o, w)| (i.clone(), o.clone(), w.clone()))
        .unwrap();
    let keep = *truth[org.as_str()].iter().next().unwrap();
    let dup = *truth[org.as_str()].iter().nth(1).unwrap();
    assert_eq!(id_of[&index], keep);
    let dup_ext = id_of.iter().find(|(_, id)| **id == dup).unwrap().0.clone();
    let shown = env.run(&["person", "show", &format!("ext:{dup_ext}")]).ok();
    assert!(
        shown.stdout.contains(&format!("│ {keep} ")) || shown.stdout.contains(&keep.to_string())
    );
    assert!(
        shown
            .stderr
            .contains(&format!("person {dup} was merged into person {keep}")),
        "{}",
        shown.stderr
    );
    assert_eq!(env.json(&["person", "show", &dup.to_string()])["id"], keep);
    // No group is left with a merged-away person.
    let after = env.json(&["person", "duplicates"]);
    for g in after["groups"].as_array().unwrap() {
        for p in g["persons"].as_array().unwrap() {
            assert_eq!(
                count(
                    &env,
                    "person",
                    &format!("id = {} AND merged_into IS NOT NULL", p["id"])
                ),
                0
            );
        }
    }
    assert!(after["groups"].as_array().unwrap().len() < groups.len());
}

fn small(env: &Env) {
    env.json(&[
        "person",
        "add",
        "--name",
        "Müller GmbH",
        "--kind",
        "organization",
        "--email",
        "info@mueller.example",
        "--external-id",
        "M-1",
    ]);
    env.json(&[
        "person",
        "add",
        "--name",
        "MULLER",
        "--kind",
        "organization",
        "--email",
        "INFO@mueller.example",
        "--phone",
        "+49 30 1234567",
        "--external-id",
        "M-2",
    ]);
    env.json(&[
        "person",
        "add",
        "--name",
        "Carla Client",
        "--external-id",
        "C-1",
    ]);
    env.json(&[
        "catalog",
        "characteristic-type",
        "add",
        "segment",
        "--description",
        "Segment",
        "--values",
        "gold,silver",
        "--applies-to",
        "person",
    ]);
    env.json(&[
        "catalog",
        "characteristic-type",
        "add",
        "region",
        "--description",
        "Region",
        "--values",
        "north,south",
        "--applies-to",
        "person",
    ]);
}

#[test]
fn a_merge_moves_every_record_and_refuses_what_would_break_a_rule() {
    let env = Env::new();
    small(&env);
    // Person 2 (the duplicate) has an account with an account contact, a relationship, two
    // characteristics (one clashing with person 1's).
    env.json(&["account", "add", "A2", "--name", "Muller", "--person", "2"]);
    // ... and is a contact person of Carla's account A3.
    env.json(&["account", "add", "A3", "--name", "Carla", "--person", "3"]);
    env.json(&["person", "relate", "2", "--to", "3", "--role", "contact"]);
    let ac2 = env.json(&["account", "contact", "add", "A3", "--person", "2"]);
    env.json(&["person", "relate", "3", "--to", "2", "--role", "contact"]);
    env.json(&["account", "contact", "add", "A2", "--person", "3"]);
    env.json(&["person", "characteristic", "set", "1", "segment", "gold"]);
    env.json(&["person", "characteristic", "set", "2", "segment", "silver"]);
    env.json(&["person", "characteristic", "set", "2", "region", "north"]);

    // Candidates: same email (60) and same folded name (40).
    let found = env.json(&["person", "duplicates"]);
    let g = &found["groups"][0];
    assert_eq!(g["score"], 100);
    assert_eq!(g["reasons"], serde_json::json!(["same-email", "same-name"]));
    assert_eq!(found["groups"].as_array().unwrap().len(), 1);
    assert_eq!(
        env.json(&["person", "duplicates", "--threshold", "100"])["groups"][0]["score"],
        100
    );
    env.refused(&["person", "duplicates", "--threshold", "101"], 2);

    // A differing characteristic is refused (4) naming it, unless --prefer.
    let r = env.refused(&["person", "merge", "1", "2"], 4);
    assert!(r.stderr.contains("characteristic segment"), "{}", r.stderr);
    env.refused(&["person", "merge", "1", "1"], 4);
    env.refused(&["person", "merge", "1", "99"], 3);
    env.refused(&["person", "merge", "1"], 2);

    // A dry run prints what would move and writes nothing.
    let before = env.snapshot();
    let dry = env.json(&[
        "person",
        "merge",
        "1",
        "ext:M-2",
        "--prefer",
        "duplicate",
        "--dry-run",
    ]);
    assert_eq!(env.snapshot(), before);
    assert_eq!(dry["dry_run"], true);
    let merged = env.json(&["person", "merge", "1", "ext:M-2", "--prefer", "duplicate"]);
    let strip = |mut v: Value| {
        v.as_object_mut().unwrap().remove("dry_run");
        v
    };
    assert_eq!(strip(dry), strip(merged.clone()));
    let moved: BTreeSet<(String, String)> = merged["moved"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["entity"].as_str().unwrap().to_string(),
                m["id"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let want: BTreeSet<(String, String)> = [
        ("contact_point", "2"),
        ("contact_point", "3"),
        ("person_characteristic", "region"),
        ("person_characteristic", "segment"),
        ("account", "1"),
        ("account_contact", &ac2["id"].to_string()),
    ]
    .into_iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .chain(
        // The party relationships (Carla a contact of person 2, person 2 of Carla).
        env.json(&["person", "relate", "list", "3", "--all"])
            .as_array()
            .unwrap()
            .iter()
            .map(|r| ("party_relationship".to_string(), r["id"].to_string())),
    )
    .collect();
    assert_eq!(moved, want);
    assert_eq!(merged["counts"]["contact_point"], 2);
    let shown = env.json(&["person", "show", "1"]);
    assert_eq!(shown["phone"], "+49301234567");
    assert_eq!(shown["email"], "info@mueller.example");
    let chars = env.json(&["person", "characteristic", "list", "1"]);
    assert_eq!(chars.to_string().matches("silver").count(), 1, "{chars}");
    assert!(chars.to_string().contains("north"));
    assert_eq!(env.json(&["account", "show", "A2"])["person_id"], 1);
    env.run(&["doctor"]).ok();
    assert_eq!(env.json(&["audit", "verify"])["ok"], true);

    // The merged-away person can't be updated, deleted, merged again or kept.
    let r = env.refused(&["person", "update", "2", "--name", "X"], 4);
    assert!(r.stderr.contains("merged into person 1"), "{}", r.stderr);
    env.refused(&["person", "delete", "ext:M-2"], 4);
    env.refused(&["person", "merge", "3", "2"], 4);
    env.refused(&["person", "merge", "2", "3"], 4);
    // The survivor can't be deleted while a merged person names it.
    env.refused(&["person", "delete", "1"], 4);
    // A new record given by the old reference goes to the survivor.
    let p = env.json(&[
        "person",
        "point",
        "add",
        "ext:M-2",
        "--type",
        "fax",
        "--value",
        "+49 30 7654321",
    ]);
    assert_eq!(p["person_id"], 1);
    env.run(&["doctor"]).ok();
}

#[test]
fn a_merge_that_would_relate_a_person_to_itself_or_overlap_is_refused() {
    let env = Env::new();
    small(&env);
    env.json(&["person", "relate", "2", "--to", "1", "--role", "contact"]);
    let r = env.refused(&["person", "merge", "1", "2"], 4);
    assert!(r.stderr.contains("to itself"), "{}", r.stderr);

    let env = Env::new();
    small(&env);
    env.json(&["person", "relate", "3", "--to", "1", "--role", "contact"]);
    env.json(&["person", "relate", "3", "--to", "2", "--role", "contact"]);
    let r = env.refused(&["person", "merge", "1", "2"], 4);
    assert!(
        r.stderr.contains("party-relationships-do-not-overlap"),
        "{}",
        r.stderr
    );
}

#[test]
fn import_match_updates_the_person_with_the_email_or_phone() {
    let env = Env::new();
    small(&env);
    let file = env.path("rows.ndjson");
    std::fs::write(
        &file,
        "{\"external_id\":\"N-1\",\"name\":\"Mueller Renamed\",\"email\":\"Info@Mueller.example\"}\n\
         {\"external_id\":\"N-2\",\"name\":\"Phone Match\",\"phone\":\"+49 30 1234567\"}\n\
         {\"external_id\":\"N-3\",\"name\":\"Someone New\",\"email\":\"new@example.com\"}\n",
    )
    .unwrap();
    let f = file.to_str().unwrap();
    // Without --match: new persons. (Dry run: nothing written.)
    let plain = env.json(&["person", "import", f, "--dry-run"]);
    assert_eq!(plain["inserted"], 3);
    // Person 2 holds both the email and the phone: merge it away first, so each matches one.
    let r = env
        .run(&["person", "import", f, "--match", "email", "--json"])
        .code(5);
    assert!(
        r.stdout.contains("persons 1, 2 all have this email"),
        "{}",
        r.stdout
    );
    env.json(&["person", "merge", "1", "2"]);
    let summary = env.json(&["person", "import", f, "--match", "email,phone"]);
    assert_eq!(
        (summary["inserted"].as_i64(), summary["updated"].as_i64()),
        (Some(1), Some(2))
    );
    let one = env.json(&["person", "show", "1"]);
    // Phone matched last: person 1 took that row's name; it keeps its own external id.
    assert_eq!(one["name"], "Phone Match");
    assert_eq!(one["external_id"], "M-1");
    assert_eq!(env.json(&["person", "list"]).as_array().unwrap().len(), 3);
    // A row for a merged-away external id is refused.
    std::fs::write(&file, "{\"external_id\":\"M-2\",\"name\":\"Again\"}\n").unwrap();
    env.run(&["person", "import", file.to_str().unwrap()])
        .code(5);
    env.run(&["doctor"]).ok();
}

#[test]
fn same_site_address_and_name_make_a_candidate_and_contacts_move() {
    let env = Env::new();
    env.json(&[
        "person",
        "add",
        "--name",
        "Zoë & Co. Ltd",
        "--kind",
        "organization",
    ]);
    env.json(&[
        "person",
        "add",
        "--name",
        "zoe and co",
        "--kind",
        "organization",
    ]);
    env.json(&[
        "person",
        "add",
        "--name",
        "Zoe and Co",
        "--kind",
        "organization",
    ]);
    for (account, person, address) in [
        ("A1", "1", "1 Main Street"),
        ("A2", "2", " 1, main st. "),
        ("A3", "3", "2 Main Street"),
    ] {
        env.json(&[
            "account", "add", account, "--name", "Zoe", "--person", person,
        ]);
        env.json(&[
            "account",
            "site",
            "add",
            account,
            "--address",
            address,
            "--city",
            "Berlin",
            "--postal-code",
            "10115",
            "--country",
            "DE",
            "--use",
            "bill-to",
        ]);
    }
    // 1 and 2: name (40) and address (30); 3 only by name (40 < 50).
    let found = env.json(&["person", "duplicates"]);
    assert_eq!(found["groups"].as_array().unwrap().len(), 1);
    assert_eq!(found["groups"][0]["score"], 70);
    assert_eq!(
        found["groups"][0]["reasons"],
        serde_json::json!(["same-name", "same-address"])
    );
    let pair = &found["groups"][0]["pairs"][0];
    assert_eq!((pair["a"].as_i64(), pair["b"].as_i64()), (Some(1), Some(2)));
    let all = env.json(&["person", "duplicates", "--threshold", "40"]);
    assert_eq!(all["groups"][0]["persons"].as_array().unwrap().len(), 3);

    // A contact recorded for the duplicate moves with it.
    env.json(&[
        "catalog",
        "contact-class",
        "add",
        "INQUIRY",
        "--description",
        "Questions",
    ]);
    env.json(&[
        "catalog",
        "contact-type",
        "add",
        "INQUIRY",
        "GENERAL",
        "--description",
        "General",
    ]);
    let contact = env.json(&[
        "contact",
        "add",
        "--person",
        "2",
        "--class",
        "INQUIRY",
        "--type",
        "GENERAL",
        "--at",
        "2026-11-01T10:00:00Z",
    ]);
    let merged = env.json(&["person", "merge", "1", "2"]);
    assert_eq!(merged["counts"]["contact"], 1);
    assert_eq!(merged["counts"]["account"], 1);
    assert_eq!(
        env.json(&["contact", "show", &contact["id"].to_string()])["person_id"],
        1
    );
    // The merge's audit entries: one per moved record, one per merged person, one for the
    // survivor.
    let entries = env.json(&["audit", "--since", "2026-11-22T10:15:00Z"]);
    let actions: Vec<&str> = entries
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .filter(|a| *a == "move" || *a == "merge")
        .collect();
    assert_eq!(actions.iter().filter(|a| **a == "move").count(), 2);
    assert_eq!(actions.iter().filter(|a| **a == "merge").count(), 2);
    env.run(&["doctor"]).ok();
}
