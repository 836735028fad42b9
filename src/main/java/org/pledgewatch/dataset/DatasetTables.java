package org.pledgewatch.dataset;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The PostgreSQL store's tables ({@code db/migration}), one statement a method, each on the caller's connection and
 * transaction.
 */
final class DatasetTables {

	/** The channel every instance listens on; the payload says what changed, for the log only. */
	static final String CHANNEL = "pledgewatch_datasets";

	/** The advisory lock that serialises uploads and activations across every instance. */
	private static final long WRITE_LOCK = 0x706c6564676577L;

	private DatasetTables() {
	}

	/** Waits (at most {@code lock_timeout}) until no other instance is writing; released at commit or rollback. */
	static void lockWrites(Connection c) throws SQLException {
		try (Statement s = c.createStatement()) {
			s.execute("set local lock_timeout = '30s'");
		}
		try (PreparedStatement s = c.prepareStatement("select pg_advisory_xact_lock(?)")) {
			s.setLong(1, WRITE_LOCK);
			s.executeQuery().close();
		}
	}

	/** The next version number: one past the highest, so numbers have no gaps while writes hold the lock. */
	static int nextNumber(Connection c) throws SQLException {
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select coalesce(max(version), 0) + 1 from dataset_version")) {
			rs.next();
			return rs.getInt(1);
		}
	}

	static void insertVersion(Connection c, DatasetVersion version, byte[] content) throws SQLException {
		try (PreparedStatement s = c.prepareStatement(
				"insert into dataset_version (version, sha256, content, metadata) values (?, ?, ?, ?::jsonb)")) {
			s.setInt(1, version.version());
			s.setString(2, version.sha256());
			s.setBytes(3, content);
			s.setString(4, new String(StoreDocuments.metadata(version), java.nio.charset.StandardCharsets.UTF_8));
			s.executeUpdate();
		}
	}

	static void appendAudit(Connection c, AuditEntry entry) throws SQLException {
		try (PreparedStatement s = c
			.prepareStatement("insert into audit_log (action, version, entry) values (?, ?, ?::jsonb)")) {
			s.setString(1, entry.action());
			s.setInt(2, entry.version());
			s.setString(3, StoreDocuments.auditEntry(entry));
			s.executeUpdate();
		}
	}

	/** Appends the entry unless the very same entry is already there (an import run again). */
	static boolean appendAuditOnce(Connection c, AuditEntry entry) throws SQLException {
		String document = StoreDocuments.auditEntry(entry);
		try (PreparedStatement s = c.prepareStatement("insert into audit_log (action, version, entry) "
				+ "select ?, ?, ?::jsonb where not exists (select 1 from audit_log where entry = ?::jsonb)")) {
			s.setString(1, entry.action());
			s.setInt(2, entry.version());
			s.setString(3, document);
			s.setString(4, document);
			return s.executeUpdate() == 1;
		}
	}

	/** The audit log's entries, oldest first. */
	static List<AuditEntry> audit(Connection c) throws SQLException {
		List<AuditEntry> entries = new ArrayList<>();
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select entry::text from audit_log order by id")) {
			while (rs.next()) {
				entries.add(StoreDocuments.auditEntry(rs.getString(1)));
			}
		}
		return entries;
	}

	/** The versions activated, the latest activation first. */
	static List<Integer> activations(Connection c) throws SQLException {
		List<Integer> activated = new ArrayList<>();
		try (Statement s = c.createStatement(); ResultSet rs = s
			.executeQuery("select version from audit_log where action = 'activate' order by id desc")) {
			while (rs.next()) {
				activated.add(rs.getInt(1));
			}
		}
		return activated;
	}

	static @Nullable Integer activeVersion(Connection c) throws SQLException {
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select version from active_version")) {
			return rs.next() ? rs.getInt(1) : null;
		}
	}

	static void setActiveVersion(Connection c, int version) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("insert into active_version (singleton, version) values (true, ?) "
				+ "on conflict (singleton) do update set version = excluded.version")) {
			s.setInt(1, version);
			s.executeUpdate();
		}
	}

	/** Tells every listening instance, when the transaction commits. */
	static void notifyChange(Connection c, String what) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("select pg_notify(?, ?)")) {
			s.setString(1, CHANNEL);
			s.setString(2, what);
			s.executeQuery().close();
		}
	}

	/** Every stored version's SHA-256 by number, as recorded when it was stored. */
	static Map<Integer, String> recordedHashes(Connection c) throws SQLException {
		Map<Integer, String> hashes = new HashMap<>();
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select version, sha256 from dataset_version")) {
			while (rs.next()) {
				hashes.put(rs.getInt(1), rs.getString(2));
			}
		}
		return hashes;
	}

	/**
	 * The versions other than {@code known}, oldest first, with the hash of their content as it is now (computed in
	 * the database, so the files are not sent).
	 */
	static List<StoredRow> rowsExcept(Connection c, List<Integer> known) throws SQLException {
		List<StoredRow> rows = new ArrayList<>();
		try (PreparedStatement s = c.prepareStatement("select version, sha256, metadata::text, "
				+ "encode(sha256(content), 'hex'), length(content) from dataset_version "
				+ "where not (version = any(?)) order by version")) {
			Array numbers = c.createArrayOf("integer", known.toArray());
			s.setArray(1, numbers);
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					rows.add(new StoredRow(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
							rs.getInt(5)));
				}
			}
		}
		return rows;
	}

	static Optional<byte[]> content(Connection c, int version) throws SQLException {
		return bytes(c, "select content from dataset_version where version = ?", version, null);
	}

	static Optional<byte[]> derived(Connection c, int version, String name) throws SQLException {
		return bytes(c, "select content from dataset_derived where version = ? and name = ?", version, name);
	}

	static void saveDerived(Connection c, int version, String name, byte[] content) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("insert into dataset_derived (version, name, content) "
				+ "values (?, ?, ?) on conflict (version, name) do nothing")) {
			s.setInt(1, version);
			s.setString(2, name);
			s.setBytes(3, content);
			s.executeUpdate();
		}
	}

	private static Optional<byte[]> bytes(Connection c, String sql, int version, @Nullable String name)
			throws SQLException {
		try (PreparedStatement s = c.prepareStatement(sql)) {
			s.setInt(1, version);
			if (name != null) {
				s.setString(2, name);
			}
			try (ResultSet rs = s.executeQuery()) {
				return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
			}
		}
	}

	/**
	 * One version's row, without its content.
	 *
	 * @param sha256 the hash recorded when it was stored
	 * @param metadata its metadata document
	 * @param contentSha256 the hash of its content as it is now
	 * @param length its content's length in bytes
	 */
	record StoredRow(int version, String sha256, String metadata, String contentSha256, int length) {
	}

}
