//! The plan: every device's verdict is exactly the engine's `evaluate` of its answers; the
//! fleet's answers and the group overrides layer over what was read; devices with the same
//! answers share a group, largest first; a group where nothing fits carries the changes.

mod common;

use autopilot_engine::engine::{evaluate, Answers, Standing};
use autopilot_fleet::map::{
    map, map_with, read_wfa, Corrections, Reading, AUTOPILOT_REQUIRED, INVENTORY_REQUIRED,
};
use autopilot_fleet::plan::{answers_of, plan, FleetAnswers, GroupRef, Override};
use autopilot_fleet::read::read;
use common::{fixture, Rng};

fn reading() -> Reading {
    let inv = read(&fixture("intune-devices.csv"), INVENTORY_REQUIRED).unwrap();
    let ap = read(&fixture("autopilot-devices.csv"), AUTOPILOT_REQUIRED).unwrap();
    map(&inv, Some(&ap), &Corrections::default())
}

/// The inventory with the Work from anywhere export alone: its registration and TPM answers.
fn reading_with_wfa() -> Reading {
    let inv = read(&fixture("intune-devices.csv"), INVENTORY_REQUIRED).unwrap();
    let wfa = read_wfa(&fixture("wfa-devices.csv")).unwrap();
    map_with(&inv, None, Some(&wfa), &Corrections::default())
}

fn fleet(query: &str) -> FleetAnswers {
    FleetAnswers {
        answers: Answers::from_query(query).unwrap(),
        overrides: Vec::new(),
    }
}

fn answers(query: &str) -> Answers {
    Answers::from_query(query).unwrap()
}

#[test]
fn the_plan_agrees_with_evaluate_device_for_device() {
    let mut sets = vec![String::new()];
    for identity in ["entra", "hybrid"] {
        for dc in ["yes", "no"] {
            for technician in ["yes", "no"] {
                for rest in [
                    "",
                    "&users=shared&configmgr=no",
                    "&windows=win11&fast_user=yes",
                ] {
                    sets.push(format!(
                        "identity={identity}&dc={dc}&technician={technician}{rest}"
                    ));
                }
            }
        }
    }
    // The export's answers are in the second reading: the agreement covers them too.
    assert!(reading_with_wfa()
        .devices
        .iter()
        .any(|d| d.facts.value_name(7) == Some("no")));
    for (r, set) in [reading(), reading_with_wfa()]
        .iter()
        .flat_map(|r| sets.iter().map(move |s| (r, s)))
    {
        let f = fleet(set);
        let p = plan(r, &f);
        assert_eq!(p.devices.len(), r.devices.len());
        for planned in &p.devices {
            let expected = evaluate(&answers_of(&r.devices[planned.device], &f));
            assert_eq!(p.groups[planned.group].evaluation, expected, "{set}");
            assert_eq!(planned.answers, answers_of(&r.devices[planned.device], &f));
        }
        let counted: usize = p.groups.iter().map(|g| g.count()).sum();
        assert_eq!(counted, r.devices.len());
    }
}

#[test]
fn groups_are_largest_first_with_ids_in_that_order() {
    let p = plan(&reading(), &fleet("identity=entra"));
    let counts: Vec<usize> = p.groups.iter().map(|g| g.count()).collect();
    let mut sorted = counts.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(counts, sorted);
    let ids: Vec<&str> = p.groups.iter().map(|g| g.id.as_str()).collect();
    assert_eq!(ids[..3], ["g1", "g2", "g3"]);
    for (gi, g) in p.groups.iter().enumerate() {
        assert!(g.devices.iter().all(|&d| p.devices[d].group == gi));
    }
}

#[test]
fn the_fleets_answers_win_over_what_was_read_and_a_tag_over_a_category() {
    let r = reading();
    let ltsc = r.devices.iter().find(|d| d.serial == "SN-LTSC-04").unwrap();
    assert_eq!(
        (ltsc.category.as_str(), ltsc.group_tag.as_str()),
        ("Kiosk", "Kiosk")
    );
    let f = FleetAnswers {
        answers: answers("identity=entra&windows=win11"),
        overrides: vec![
            Override {
                group: GroupRef::Tag("kiosk".into()),
                answers: answers("users=shared&device=broken"),
            },
            Override {
                group: GroupRef::Category("Kiosk".into()),
                answers: answers("users=single&technician=yes"),
            },
        ],
    };
    let a = answers_of(ltsc, &f);
    assert_eq!(
        a.to_query(),
        "device=broken&current_join=hybrid&registered=yes&identity=entra&users=shared&technician=yes&windows=win11"
    );
    let other = r
        .devices
        .iter()
        .find(|d| d.serial == "SN-ENTRA-01")
        .unwrap();
    assert_eq!(
        answers_of(other, &f).to_query(),
        "device=existing&current_join=entra&registered=yes&identity=entra&windows=win11"
    );
}

#[test]
fn where_nothing_fits_the_group_carries_what_would_change_it() {
    let p = plan(&reading(), &fleet("identity=hybrid&dc=no"));
    for g in &p.groups {
        assert_eq!(g.standing(), Standing::NothingFits);
        let sets: Vec<Vec<(&str, &str)>> = g
            .evaluation
            .changes
            .iter()
            .map(|c| c.named_set().collect())
            .collect();
        assert!(sets.contains(&vec![("identity", "entra")]), "{sets:?}");
    }
}

#[test]
fn what_sets_groups_apart_is_named() {
    let p = plan(&reading(), &fleet("identity=entra&users=single"));
    let keys: Vec<&str> = p
        .differs
        .iter()
        .map(|&q| &*autopilot_engine::model::MODEL.questions[q].key)
        .collect();
    assert_eq!(keys, ["current_join", "registered", "tpm", "windows"]);
}

/// Devices with random facts (every question, any value or none) under random fleet answers:
/// the plan's verdict is still `evaluate()`'s, device for device.
#[test]
fn random_devices_and_fleet_answers_agree_with_evaluate() {
    use autopilot_engine::model::MODEL;
    use autopilot_fleet::map::Device;
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    let mut random_answers = |answered_one_in: usize| {
        let mut a = Answers::new();
        for (q, question) in MODEL.questions.iter().enumerate() {
            if rng.below(answered_one_in) == 0 {
                a.set(q, Some(rng.below(question.options.len()) as u8));
            }
        }
        a
    };
    for round in 0..40 {
        let devices: Vec<Device> = (0..300)
            .map(|i| Device {
                serial: format!("R{round}-{i}"),
                name: String::new(),
                user: String::new(),
                category: String::new(),
                group_tag: String::new(),
                lines: vec![i + 2],
                facts: random_answers(2),
            })
            .collect();
        let r = Reading {
            devices,
            ..Reading::default()
        };
        let f = FleetAnswers {
            answers: random_answers(3),
            overrides: Vec::new(),
        };
        let p = plan(&r, &f);
        for planned in &p.devices {
            let expected = evaluate(&answers_of(&r.devices[planned.device], &f));
            assert_eq!(p.groups[planned.group].evaluation, expected);
        }
    }
}
