package org.ptzcam.codec.video;

import static org.bytedeco.ffmpeg.global.avutil.AV_FRAME_DATA_REGIONS_OF_INTEREST;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_new_side_data;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_remove_side_data;
import static org.bytedeco.ffmpeg.global.avutil.av_make_q;

import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVFrameSideData;
import org.bytedeco.ffmpeg.avutil.AVRegionOfInterest;
import org.ptzcam.codec.CodecException;

/**
 * Zipstream's quantizer offsets as FFmpeg {@code AV_FRAME_DATA_REGIONS_OF_INTEREST} side data: one
 * rectangle per horizontal run of inactive macroblocks, with {@code qoffset = +offset/51} (libx264 and
 * libx265 scale it by their QP range, 51 at 8 bits, into a per-16×16-block offset array, and need
 * adaptive quantization switched on).
 *
 * <p>libx265 needs the side data on <em>every</em> frame from the first one on ({@code everyFrame}):
 * x265 gives a picture buffer an offset array only if the picture that created the buffer carried
 * offsets, reuses its buffers for later pictures, and copies a later picture's offsets into the
 * buffer unchecked — into a null array when the buffer was made for a picture without (a SIGSEGV in
 * {@code memcpy}, seen as a JVM crash); and a buffer keeps the last offsets it was given when the next
 * picture has none. So for x265 a frame without static blocks carries one zero-offset region over the
 * whole picture.
 */
final class RegionsOfInterest {

    private static final int QP_RANGE = 51;
    private static final int SIZE = (int) new AVRegionOfInterest().sizeof();

    private RegionsOfInterest() {
    }

    /**
     * Replaces the frame's regions with the static runs of {@code map} at {@code qpOffset}.
     *
     * @param everyFrame attach side data even when there is nothing to offset (a zero-offset region
     *                   over the whole picture); otherwise such a frame carries none
     * @return the number of static blocks given the offset (0 when {@code qpOffset} is 0)
     */
    static int attach(AVFrame frame, MotionMap map, int width, int height, int qpOffset, boolean everyFrame) {
        av_frame_remove_side_data(frame, AV_FRAME_DATA_REGIONS_OF_INTEREST);
        int runs = 0;
        int blocks = 0;
        if (qpOffset != 0) {
            for (int by = 0; by < map.rows(); by++) {
                for (int bx = 0; bx < map.columns(); bx++) {
                    if (!map.active(bx, by)) {
                        blocks++;
                        if (bx == 0 || map.active(bx - 1, by)) {
                            runs++;
                        }
                    }
                }
            }
        }
        if (runs == 0) {
            if (everyFrame) {
                region(newSideData(frame, 1), 0, 0, height, 0, width, 0);
            }
            return 0;
        }
        AVRegionOfInterest roi = newSideData(frame, runs);
        int i = 0;
        for (int by = 0; by < map.rows(); by++) {
            int bx = 0;
            while (bx < map.columns()) {
                if (map.active(bx, by)) {
                    bx++;
                    continue;
                }
                int start = bx;
                while (bx < map.columns() && !map.active(bx, by)) {
                    bx++;
                }
                region(roi, i++, by * MotionMap.MB, Math.min(height, (by + 1) * MotionMap.MB),
                        start * MotionMap.MB, Math.min(width, bx * MotionMap.MB), qpOffset);
            }
        }
        return blocks;
    }

    private static AVRegionOfInterest newSideData(AVFrame frame, int regions) {
        AVFrameSideData sd = av_frame_new_side_data(frame, AV_FRAME_DATA_REGIONS_OF_INTEREST, (long) regions * SIZE);
        if (sd == null || sd.isNull()) {
            throw new CodecException("av_frame_new_side_data(REGIONS_OF_INTEREST) failed");
        }
        return new AVRegionOfInterest(sd.data());
    }

    private static void region(AVRegionOfInterest array, int i, int top, int bottom, int left, int right, int qpOffset) {
        AVRegionOfInterest r = array.getPointer(i);
        r.self_size(SIZE);
        r.top(top);
        r.bottom(bottom);
        r.left(left);
        r.right(right);
        r.qoffset(av_make_q(qpOffset, QP_RANGE));
    }
}
