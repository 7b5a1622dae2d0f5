package io.mediaflow.common.messaging;

/**
 * Names of Mediaflow's RabbitMQ exchanges, queues and routing keys, shared by every
 * service.
 */
public final class Messaging {

	/** Direct exchange for jobs: one message per uploaded file. */
	public static final String JOBS_EXCHANGE = "mediaflow.jobs";

	/** Topic exchange for what workers report back. */
	public static final String EVENTS_EXCHANGE = "mediaflow.events";

	/** Fanout exchange where jobs go once they have failed too often. */
	public static final String DEAD_LETTER_EXCHANGE = "mediaflow.dlx";

	public static final String IMAGE_JOBS_QUEUE = "media.image.jobs";

	public static final String AUDIO_JOBS_QUEUE = "media.audio.jobs";

	/**
	 * Single-image (JPEG store) jobs share the image queue: the same CPU-bound workers
	 * take them.
	 */
	public static final String JPEG_JOB_ROUTING_KEY = "image";

	public static final String TASK_EVENTS_QUEUE = "media.task.events";

	public static final String DEAD_JOBS_QUEUE = "media.jobs.dead";

	/**
	 * Workers' "job started" events, in a queue of their own: a media-api that predates
	 * them never reads one as a result.
	 */
	public static final String JOB_STARTS_QUEUE = "media.job.starts";

	public static final String IMAGE_JOB_ROUTING_KEY = "image";

	public static final String AUDIO_JOB_ROUTING_KEY = "audio";

	public static final String FILE_PROCESSED_ROUTING_KEY = "file.processed";

	public static final String JOB_STARTED_ROUTING_KEY = "job.started";

	/** Header carrying the request id of the upload that caused a message. */
	public static final String REQUEST_ID_HEADER = "x-request-id";

	private Messaging() {
	}

}
