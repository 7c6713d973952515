package ai.talkturo.numbers.provisioning.adapter.persistence;

import ai.talkturo.numbers.domain.number.NumberStatus;
import ai.talkturo.numbers.provisioning.port.NumberState;
import ai.talkturo.numbers.provisioning.port.NumberStates;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * {@link NumberStates} read straight from {@code phone_numbers} over JDBC, a page of {@value #PAGE} at a time in
 * the order of their ids: a million numbers load without a million rows (or entities) in memory at once, and
 * without the persistence provider's work per row, which made loading five times slower. Inbound rules are read by
 * {@link InboundRulesColumn}, so equal rules are shared.
 */
@ApplicationScoped
public class JdbcNumberStates implements NumberStates {

    static final int PAGE = 10_000;
    private static final String NUMBERS = "SELECT phone_number, id, account_id, assistant_id, status, version, "
            + "inbound_rules FROM phone_numbers WHERE id > ?";
    private static final String ANSWERING = " AND status IN ('" + NumberStatus.ACTIVE.apiName() + "', '"
            + NumberStatus.SUSPENDED.apiName() + "')";
    private static final String IN_ORDER = " ORDER BY id LIMIT " + PAGE;

    /** The application's datasource, which numbers-web defines. */
    @Resource(lookup = "java:app/jdbc/numbers")
    DataSource dataSource;

    private final InboundRulesColumn rules = new InboundRulesColumn();

    @Override
    public void forEachAnswering(Consumer<NumberState> sink) {
        read(NUMBERS + ANSWERING + IN_ORDER, sink);
    }

    @Override
    public void forEach(Consumer<NumberState> sink) {
        read(NUMBERS + IN_ORDER, sink);
    }

    private void read(String query, Consumer<NumberState> sink) {
        String after = "";
        try (Connection connection = dataSource.getConnection(); PreparedStatement page = connection.prepareStatement(query)) {
            int rows;
            do {
                rows = 0;
                page.setString(1, after);
                try (ResultSet row = page.executeQuery()) {
                    while (row.next()) {
                        rows++;
                        after = row.getString(2);
                        sink.accept(new NumberState(row.getString(1), after, row.getString(3), row.getString(4),
                                NumberStatus.fromApiName(row.getString(5)).orElseThrow(), row.getLong(6),
                                rules.convertToEntityAttribute(row.getString(7))));
                    }
                }
            } while (rows == PAGE);
        } catch (SQLException e) {
            throw new IllegalStateException("the numbers could not be read: " + e.getMessage(), e);
        }
    }
}
