# The worker's kernel in Pillow, the library of the seeds' Python implementations: decode, rotate a quarter turn
# clockwise, gray, half size (Image.reduce(2), a box filter), three encodes in the source format. One process;
# infra/bench runs one per core. Arguments: <images dir> <seconds> <jpeg quality> <png compression>.
# Prints: PILLOW=<images per second> <CPU milliseconds per image>
import io
import os
import sys
import time

from PIL import Image

directory, seconds, quality, compression = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
images = [open(os.path.join(directory, name), "rb").read() for name in sorted(os.listdir(directory))]


def process(data):
    source = Image.open(io.BytesIO(data))
    source.load()
    options = {"quality": quality} if source.format == "JPEG" else {"compress_level": compression}
    for variant in (source.transpose(Image.Transpose.ROTATE_270), source.convert("L"), source.reduce(2)):
        variant.save(io.BytesIO(), source.format, **options)


def run(duration):
    done, start, cpu = 0, time.perf_counter(), time.process_time()
    while time.perf_counter() - start < duration:
        process(images[done % len(images)])
        done += 1
    return done / (time.perf_counter() - start), (time.process_time() - cpu) * 1000 / done


run(max(1.0, seconds / 3))  # warm-up, as for the Java kernels
print("PILLOW=%.3f %.3f" % run(seconds))
