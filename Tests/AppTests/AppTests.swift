import Testing

/// The root suite. Serialized because, on PostgreSQL, every test wipes and rebuilds one shared
/// database; on SQLite each test has its own in-memory database anyway.
@Suite(.serialized) struct AppTests {}
