package io.mediaflow.media.task;

import java.util.List;

/**
 * {@code GET /history/{user_id}}: the user's ImageTask rows, newest first.
 */
record HistoryPage(List<ImageTaskRow> items, int page, int size, long total) {
}
