import SQLKit

/// `FROM table AS alias` and `JOIN table AS alias ON a.x = b.y`, which every read query here spells
/// out; one short form keeps the queries readable.
extension SQLSelectBuilder {
    func from(_ table: String, as alias: String) -> Self {
        from(SQLAlias(SQLIdentifier(table), as: SQLIdentifier(alias)))
    }

    func join(
        _ table: String,
        as alias: String,
        method: SQLJoinMethod = .inner,
        on left: SQLColumn,
        equals right: SQLColumn
    ) -> Self {
        join(SQLAlias(SQLIdentifier(table), as: SQLIdentifier(alias)), method: method, on: left, .equal, right)
    }
}
