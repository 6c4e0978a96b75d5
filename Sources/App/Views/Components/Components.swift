import Plot

/// Small pieces shared by pages. Each is a function, generic over where it may stand (a form, a
/// fieldset, the page body), so a misplaced element is a compile error and all text is escaped.
enum Components {
    struct Choice: Sendable {
        let value: String
        let label: String
    }

    static func csrfField<C: HTML.BodyContext>(_ token: String?) -> Node<C> {
        .unwrap(token) { .input(.type(.hidden), .name("_csrf"), .value($0.attributeEscaped)) }
    }

    /// A labelled input with its error beside it and the typed value kept.
    static func textField<C: HTML.BodyContext>(
        _ name: String,
        label: String,
        value: String?,
        error: String?,
        type: HTMLInputType = .text,
        hint: String? = nil,
        required: Bool = false,
        autocomplete: String? = nil,
        id: String? = nil
    ) -> Node<C> {
        // A page that repeats a form (a work list) gives each copy its own ids.
        let id = id ?? name
        let errorID = "\(id)-error"
        return field(
            id,
            label: label,
            error: error,
            hint: hint,
            .input(
                .id(id),
                .name(name),
                .type(type),
                .value((value ?? "").attributeEscaped),
                .required(required),
                .unwrap(autocomplete) { .attribute(named: "autocomplete", value: $0) },
                error == nil ? .empty : .attribute(named: "aria-invalid", value: "true"),
                error == nil ? .empty : .attribute(named: "aria-describedby", value: errorID)
            )
        )
    }

    /// The frame every form field shares: label, hint, the control, and the error beside it
    /// (with an id the control can point to).
    static func field<C: HTML.BodyContext>(
        _ name: String,
        label: String,
        error: String?,
        hint: String? = nil,
        _ control: Node<C>
    ) -> Node<C> {
        .div(
            .class(error == nil ? "field" : "field has-error"),
            .label(.for(name), .plain(label)),
            .unwrap(hint) { .small(.class("hint"), .plain($0)) },
            control,
            .unwrap(error) { .p(.class("error"), .id("\(name)-error"), .plain($0)) }
        )
    }

    static func selectField<C: HTML.BodyContext>(
        _ name: String,
        label: String,
        choices: [Choice],
        selected: String?,
        error: String?,
        hint: String? = nil,
        id: String? = nil
    ) -> Node<C> {
        field(
            id ?? name,
            label: label,
            error: error,
            hint: hint,
            .select(
                .id(id ?? name),
                .attribute(named: "name", value: name),
                .forEach(choices) { option($0.value, $0.label, selected: $0.value == selected) }
            )
        )
    }

    struct Group: Sendable {
        let label: String
        let choices: [Choice]
    }

    /// A select with `optgroup`s (subdistricts by district, communities by estate) and an empty first choice.
    static func groupedSelectField<C: HTML.BodyContext>(
        _ name: String,
        label: String,
        empty: String,
        groups: [Group],
        selected: String,
        error: String?,
        hint: String? = nil
    ) -> Node<C> {
        field(
            name,
            label: label,
            error: error,
            hint: hint,
            .select(
                .id(name),
                .attribute(named: "name", value: name),
                option("", empty, selected: selected.isEmpty),
                .forEach(groups) { group in
                    .element(
                        named: "optgroup",
                        nodes: [.attribute(named: "label", value: group.label.attributeEscaped)]
                            + group.choices.map { option($0.value, $0.label, selected: $0.value == selected) }
                    )
                }
            )
        )
    }

    /// Plot's `option` takes attributes only; browsers and screen readers want the text inside.
    static func option(_ value: String, _ label: String, selected: Bool) -> Node<HTML.SelectContext> {
        .element(
            named: "option",
            nodes: [
                .attribute(named: "value", value: value.attributeEscaped, ignoreIfValueIsEmpty: false),
                selected ? .attribute(named: "selected", value: "selected") : .empty,
                .plain(label),
            ]
        )
    }

    static func checkboxGroup<C: HTML.BodyContext>(
        _ name: String,
        legend: String,
        choices: [Choice],
        checked: Set<String>,
        error: String?,
        hint: String? = nil
    ) -> Node<C> {
        .fieldset(
            .class(error == nil ? "field checkboxes" : "field checkboxes has-error"),
            .element(named: "legend", text: legend),
            .unwrap(hint) { .small(.class("hint"), .plain($0)) },
            .div(
                .class("checkbox-list"),
                .forEach(choices) { choice in
                    .label(
                        .input(
                            .type(.checkbox),
                            .name(name),
                            .value(choice.value.attributeEscaped),
                            .checked(checked.contains(choice.value))
                        ),
                        .plain(" " + choice.label)
                    )
                }
            ),
            .unwrap(error) { .p(.class("error"), .plain($0)) }
        )
    }

    static func errorSummary<C: HTML.BodyContext>(_ errors: [String: String], _ t: Localizer) -> Node<C> {
        .if(
            !errors.isEmpty,
            .p(.class("error-summary"), .attribute(named: "role", value: "alert"), .plain(t(.formHasErrors)))
        )
    }

    /// The file input for an uploaded sheet (`sheet`), offering CSV and Excel workbooks.
    static func sheetField<C: HTML.BodyContext>(label: String, error: String?) -> Node<C> {
        field(
            "sheet",
            label: label,
            error: error,
            .input(
                .id("sheet"),
                .name("sheet"),
                .type(.file),
                .attribute(
                    named: "accept",
                    value: ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                )
            )
        )
    }

    static func submit<C: HTML.BodyContext>(_ title: String, secondary: Bool = false) -> Node<C> {
        .button(.type(.submit), .class(secondary ? "button secondary" : "button"), .plain(title))
    }
}
