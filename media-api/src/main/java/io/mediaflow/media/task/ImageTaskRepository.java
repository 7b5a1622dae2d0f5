package io.mediaflow.media.task;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The spec's ImageTask rows: one per stored image, unique on (task_id, img_link).
 */
@Repository
class ImageTaskRepository {

	private final JdbcClient jdbc;

	ImageTaskRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insertIfAbsent(UUID taskId, List<String> imgLinks) {
		this.jdbc.sql(
				"INSERT INTO image_task (id, task_id, img_link) SELECT gen_random_uuid(), ?, link FROM unnest(?) AS link"
						+ " ON CONFLICT (task_id, img_link) DO NOTHING")
			.params(taskId, imgLinks.toArray(String[]::new))
			.update();
	}

	List<ImageTaskRow> ofUser(UUID userId, int limit, long offset) {
		return this.jdbc.sql("""
				SELECT it.id, it.task_id, it.img_link, it.created_at
				FROM image_task it JOIN tasks t ON t.id = it.task_id
				WHERE t.user_id = ?
				ORDER BY it.created_at DESC, it.img_link
				LIMIT ? OFFSET ?
				""")
			.params(userId, limit, offset)
			.query((rs, row) -> map(rs.getObject("id", UUID.class), rs.getObject("task_id", UUID.class),
					rs.getString("img_link"), rs.getTimestamp("created_at")))
			.list();
	}

	long countOfUser(UUID userId) {
		return this.jdbc.sql("SELECT count(*) FROM image_task it JOIN tasks t ON t.id = it.task_id WHERE t.user_id = ?")
			.param(userId)
			.query(Long.class)
			.single();
	}

	private static ImageTaskRow map(UUID id, UUID taskId, String imgLink, Timestamp createdAt) {
		return new ImageTaskRow(id, taskId, imgLink, createdAt.toInstant());
	}

}
