package org.ptzcam.device.overlay;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.ptzcam.device.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@code overlay} table: one row per text or image overlay, so they survive a restart. */
public final class OverlayRepository {

    private static final Logger log = LoggerFactory.getLogger(OverlayRepository.class);

    private final Database database;

    public OverlayRepository(Database database) {
        this.database = database;
    }

    List<Overlay> load() {
        return database.read(c -> {
            List<Overlay> all = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT identity, kind, camera, text, position,"
                    + " text_color, bg_color, ol_color, font_size, image FROM overlay ORDER BY identity");
                 ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    try {
                        all.add(row.getString(2).equals("text")
                                ? new TextOverlay(row.getInt(1), row.getInt(3), row.getString(4),
                                        OverlayPosition.parse(row.getString(5)), OverlayColor.parse(row.getString(6)),
                                        OverlayColor.parse(row.getString(7)), OverlayColor.parse(row.getString(8)),
                                        row.getInt(9))
                                : new ImageOverlay(row.getInt(1), row.getInt(3), row.getString(10),
                                        OverlayPosition.parse(row.getString(5))));
                    } catch (IllegalArgumentException e) {
                        log.warn("overlay {} in the database is unreadable and ignored: {}", row.getInt(1), e.getMessage());
                    }
                }
            }
            return all;
        });
    }

    void save(Overlay overlay) {
        database.transaction(c -> {
            try (PreparedStatement upsert = c.prepareStatement("INSERT OR REPLACE INTO overlay (identity, kind, camera,"
                    + " text, position, text_color, bg_color, ol_color, font_size, image)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                upsert.setInt(1, overlay.identity());
                upsert.setInt(3, overlay.camera());
                upsert.setString(5, overlay.position().text());
                switch (overlay) {
                    case TextOverlay t -> {
                        upsert.setString(2, "text");
                        upsert.setString(4, t.text());
                        upsert.setString(6, t.textColor().name());
                        upsert.setString(7, t.textBGColor().name());
                        upsert.setString(8, t.textOLColor().name());
                        upsert.setInt(9, t.fontSize());
                        upsert.setNull(10, java.sql.Types.VARCHAR);
                    }
                    case ImageOverlay i -> {
                        upsert.setString(2, "image");
                        upsert.setNull(4, java.sql.Types.VARCHAR);
                        upsert.setNull(6, java.sql.Types.VARCHAR);
                        upsert.setNull(7, java.sql.Types.VARCHAR);
                        upsert.setNull(8, java.sql.Types.VARCHAR);
                        upsert.setNull(9, java.sql.Types.INTEGER);
                        upsert.setString(10, i.overlayPath());
                    }
                }
                upsert.executeUpdate();
            }
            return null;
        });
    }

    void delete(int identity) {
        database.transaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM overlay WHERE identity = ?")) {
                delete.setInt(1, identity);
                delete.executeUpdate();
            }
            return null;
        });
    }
}
