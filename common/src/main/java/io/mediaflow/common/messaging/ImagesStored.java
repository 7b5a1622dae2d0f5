package io.mediaflow.common.messaging;

import java.util.List;
import java.util.UUID;

/**
 * An image job's four outputs are stored.
 *
 * @param outputs their names ({@code img_link}s), in a stable order
 */
public record ImagesStored(UUID taskId, UUID fileId, List<String> outputs) implements FileProcessed {

	public ImagesStored {
		outputs = List.copyOf(outputs);
	}

}
