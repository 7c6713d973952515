package ai.talkturo.numbers.web.wiring;

import ai.talkturo.numbers.domain.number.NumberStatus;
import ai.talkturo.numbers.provisioning.adapter.persistence.InboundRulesColumn;
import ai.talkturo.numbers.routing.Route;
import ai.talkturo.numbers.routing.RouteSource;
import ai.talkturo.numbers.web.database.DatabaseSchema;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The routes of the numbers, read straight from provisioning's {@code phone_numbers} rows over JDBC, a page of
 * {@value #PAGE} at a time in the order of their ids: a million numbers load without a million rows (or entities)
 * in memory at once, and without the persistence provider's work per row, which made loading five times slower.
 * Inbound rules are read by provisioning's own {@link InboundRulesColumn}, so equal rules are shared.
 */
@ApplicationScoped
public class JdbcRouteSource implements RouteSource {

    static final int PAGE = 10_000;
    private static final String ROUTE = "SELECT phone_number, id, account_id, assistant_id, status, version, inbound_rules "
            + "FROM phone_numbers WHERE id > ?";
    private static final String IN_ORDER = " ORDER BY id LIMIT " + PAGE;

    @Resource(lookup = DatabaseSchema.DATASOURCE)
    DataSource dataSource;

    private final InboundRulesColumn rules = new InboundRulesColumn();

    @Override
    public void forEachRoute(Consumer<Route> sink) {
        routes(ROUTE + " AND status IN ('active', 'suspended')" + IN_ORDER, sink);
    }

    @Override
    public void forEachLatestRoute(Consumer<Route> sink) {
        routes(ROUTE + IN_ORDER, sink);
    }

    private void routes(String query, Consumer<Route> sink) {
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
                        sink.accept(new Route(row.getString(1), after, row.getString(3), row.getString(4),
                                NumberStatus.fromApiName(row.getString(5)).orElseThrow(), row.getLong(6),
                                rules.convertToEntityAttribute(row.getString(7))));
                    }
                }
            } while (rows == PAGE);
        } catch (SQLException e) {
            throw new IllegalStateException("the routes could not be read: " + e.getMessage(), e);
        }
    }
}
