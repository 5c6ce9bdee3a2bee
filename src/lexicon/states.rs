//! U.S. states, by name and by the abbreviations news copy writes after a lawmaker's
//! name (`(R-Ky.)`, `R-Ky.`, `(D-NY)`): the state that `the Kentucky Republican` or `the
//! Vermont senator` picks a person by.

/// The states, each as its name, its AP-style abbreviation (without the full stop) and its
/// postal code. A state whose name has no AP abbreviation (`Ohio`, `Utah`) repeats it.
const STATES: [(&str, &str, &str); 51] = [
    ("Alabama", "Ala", "AL"),
    ("Alaska", "Alaska", "AK"),
    ("Arizona", "Ariz", "AZ"),
    ("Arkansas", "Ark", "AR"),
    ("California", "Calif", "CA"),
    ("Colorado", "Colo", "CO"),
    ("Connecticut", "Conn", "CT"),
    ("Delaware", "Del", "DE"),
    ("Florida", "Fla", "FL"),
    ("Georgia", "Ga", "GA"),
    ("Hawaii", "Hawaii", "HI"),
    ("Idaho", "Idaho", "ID"),
    ("Illinois", "Ill", "IL"),
    ("Indiana", "Ind", "IN"),
    ("Iowa", "Iowa", "IA"),
    ("Kansas", "Kan", "KS"),
    ("Kentucky", "Ky", "KY"),
    ("Louisiana", "La", "LA"),
    ("Maine", "Maine", "ME"),
    ("Maryland", "Md", "MD"),
    ("Massachusetts", "Mass", "MA"),
    ("Michigan", "Mich", "MI"),
    ("Minnesota", "Minn", "MN"),
    ("Mississippi", "Miss", "MS"),
    ("Missouri", "Mo", "MO"),
    ("Montana", "Mont", "MT"),
    ("Nebraska", "Neb", "NE"),
    ("Nevada", "Nev", "NV"),
    ("New Hampshire", "N.H", "NH"),
    ("New Jersey", "N.J", "NJ"),
    ("New Mexico", "N.M", "NM"),
    ("New York", "N.Y", "NY"),
    ("North Carolina", "N.C", "NC"),
    ("North Dakota", "N.D", "ND"),
    ("Ohio", "Ohio", "OH"),
    ("Oklahoma", "Okla", "OK"),
    ("Oregon", "Ore", "OR"),
    ("Pennsylvania", "Pa", "PA"),
    ("Rhode Island", "R.I", "RI"),
    ("South Carolina", "S.C", "SC"),
    ("South Dakota", "S.D", "SD"),
    ("Tennessee", "Tenn", "TN"),
    ("Texas", "Texas", "TX"),
    ("Utah", "Utah", "UT"),
    ("Vermont", "Vt", "VT"),
    ("Virginia", "Va", "VA"),
    ("Washington", "Wash", "WA"),
    ("West Virginia", "W.Va", "WV"),
    ("Wisconsin", "Wis", "WI"),
    ("Wyoming", "Wyo", "WY"),
    ("District of Columbia", "D.C", "DC"),
];

/// The state a capitalised name starts (`Kentucky`, or `New` + `York`), with the number of
/// words it takes (1 or 2); `second` is the word after `first`, if any.
pub(crate) fn state_name(first: &str, second: Option<&str>) -> Option<(&'static str, usize)> {
    // One `match` on the word (compiled to a length switch), not a walk of the table.
    let two = |pairs: &[(&str, &'static str)]| {
        let s = second?;
        pairs
            .iter()
            .find(|&&(w, _)| w == s)
            .map(|&(_, name)| (name, 2))
    };
    let name = match first {
        "New" => {
            return two(&[
                ("Hampshire", "New Hampshire"),
                ("Jersey", "New Jersey"),
                ("Mexico", "New Mexico"),
                ("York", "New York"),
            ])
        }
        "North" => return two(&[("Carolina", "North Carolina"), ("Dakota", "North Dakota")]),
        "South" => return two(&[("Carolina", "South Carolina"), ("Dakota", "South Dakota")]),
        "West" => return two(&[("Virginia", "West Virginia")]),
        "Rhode" => return two(&[("Island", "Rhode Island")]),
        "Alabama" => "Alabama",
        "Alaska" => "Alaska",
        "Arizona" => "Arizona",
        "Arkansas" => "Arkansas",
        "California" => "California",
        "Colorado" => "Colorado",
        "Connecticut" => "Connecticut",
        "Delaware" => "Delaware",
        "Florida" => "Florida",
        "Georgia" => "Georgia",
        "Hawaii" => "Hawaii",
        "Idaho" => "Idaho",
        "Illinois" => "Illinois",
        "Indiana" => "Indiana",
        "Iowa" => "Iowa",
        "Kansas" => "Kansas",
        "Kentucky" => "Kentucky",
        "Louisiana" => "Louisiana",
        "Maine" => "Maine",
        "Maryland" => "Maryland",
        "Massachusetts" => "Massachusetts",
        "Michigan" => "Michigan",
        "Minnesota" => "Minnesota",
        "Mississippi" => "Mississippi",
        "Missouri" => "Missouri",
        "Montana" => "Montana",
        "Nebraska" => "Nebraska",
        "Nevada" => "Nevada",
        "Ohio" => "Ohio",
        "Oklahoma" => "Oklahoma",
        "Oregon" => "Oregon",
        "Pennsylvania" => "Pennsylvania",
        "Tennessee" => "Tennessee",
        "Texas" => "Texas",
        "Utah" => "Utah",
        "Vermont" => "Vermont",
        "Virginia" => "Virginia",
        "Washington" => "Washington",
        "Wisconsin" => "Wisconsin",
        "Wyoming" => "Wyoming",
        _ => return None,
    };
    Some((name, 1))
}

/// The party and state of a lawmaker's tag after the name: `R-Ky.`, `D-N.Y.`, `R-AL`,
/// `D-Texas`, `I-Vt.`. The party is `None` for an independent.
pub(crate) fn party_tag(w: &str) -> Option<(Option<&'static str>, &'static str)> {
    let (p, st) = w.split_at_checked(2)?;
    let party = match p {
        "R-" => Some("republican"),
        "D-" => Some("democrat"),
        "I-" => None,
        _ => return None,
    };
    let st = st.strip_suffix('.').unwrap_or(st);
    let state = STATES
        .iter()
        .find(|&&(name, ap, postal)| st == ap || st == postal || st == name)?
        .0;
    Some((party, state))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_names() {
        assert_eq!(party_tag("R-Ky."), Some((Some("republican"), "Kentucky")));
        assert_eq!(party_tag("D-N.Y."), Some((Some("democrat"), "New York")));
        assert_eq!(party_tag("R-AL"), Some((Some("republican"), "Alabama")));
        assert_eq!(party_tag("D-Texas"), Some((Some("democrat"), "Texas")));
        assert_eq!(party_tag("I-Vt."), Some((None, "Vermont")));
        assert_eq!(party_tag("R-"), None);
        assert_eq!(party_tag("X-Ky."), None);
        assert_eq!(party_tag("é"), None);
        assert_eq!(state_name("Kentucky", None), Some(("Kentucky", 1)));
        assert_eq!(state_name("New", Some("York")), Some(("New York", 2)));
        assert_eq!(state_name("New", Some("Orleans")), None);
        assert_eq!(state_name("Ruiz", None), None);
    }
}
