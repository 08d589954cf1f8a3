//! Named answers: unknown keys, values and types are refused with messages that say what is
//! allowed, as the JavaScript API passes them on.

use autopilot_advisor::engine::{evaluate_named, AnswerError, Answers};

#[test]
fn an_unknown_key_names_the_allowed_keys() {
    let err = evaluate_named([("colour", Some("blue"))]).unwrap_err();
    let msg = err.to_string();
    assert!(msg.contains("\"colour\""), "{msg}");
    assert!(msg.contains("device, current_join, registered, identity, dc, users, technician, tpm, windows, configmgr, custom_image, fast_user"), "{msg}");
}

#[test]
fn an_unknown_value_names_the_allowed_values() {
    let msg = evaluate_named([("device", Some("old"))])
        .unwrap_err()
        .to_string();
    assert_eq!(
        msg,
        "\"old\" is not an allowed value for \"device\". Allowed values: new, existing, broken."
    );
}

#[test]
fn a_wrong_type_says_what_was_found() {
    let msg = AnswerError::NotText {
        key: "tpm",
        found: "a number".into(),
    }
    .to_string();
    assert!(msg.contains("\"tpm\" must be a string"), "{msg}");
    assert!(msg.contains("not a number"), "{msg}");
    assert!(msg.contains("yes, no"), "{msg}");
}

#[test]
fn huge_input_is_clipped_in_messages() {
    let huge = "x".repeat(100_000);
    let msg = evaluate_named([(huge.as_str(), Some("y"))])
        .unwrap_err()
        .to_string();
    assert!(msg.len() < 400, "message of {} bytes", msg.len());
}

#[test]
fn none_means_not_known_and_values_round_trip() {
    let a = Answers::from_pairs([
        ("device", Some("new")),
        ("tpm", None),
        ("users", Some("shared")),
    ])
    .unwrap();
    assert_eq!(
        a.named().collect::<Vec<_>>(),
        [("device", "new"), ("users", "shared")]
    );
}

#[test]
fn a_link_or_stored_value_round_trips_and_a_damaged_one_is_refused_whole() {
    let a = Answers::from_pairs([
        ("device", Some("new")),
        ("users", Some("single")),
        ("tpm", Some("no")),
    ])
    .unwrap();
    assert_eq!(a.to_query(), "device=new&users=single&tpm=no");
    assert_eq!(Answers::from_query(&a.to_query()), Ok(a));
    assert_eq!(Answers::from_query(""), Ok(Answers::new()));
    for bad in [
        "device",
        "device=",
        "=new",
        "device=banana",
        "device=new&",
        "device=new&&users=single",
        "device=new&device=new",
        "device=new=new",
        "Device=new",
        "users=single&x=y",
    ] {
        assert!(Answers::from_query(bad).is_err(), "{bad:?} was accepted");
    }
    // More parts than there are questions is damage, whatever they say.
    let long = vec!["device=new"; 40].join("&");
    assert!(Answers::from_query(&long).is_err());
}
