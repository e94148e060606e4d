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
 * libx265 scale it by their QP range, 51 at 8 bits, and need adaptive quantization switched on).
 */
final class RegionsOfInterest {

    private static final int QP_RANGE = 51;
    private static final int SIZE = (int) new AVRegionOfInterest().sizeof();

    private RegionsOfInterest() {
    }

    /** Replaces the frame's regions with the static runs of {@code map}; none when offset is 0. */
    static int attach(AVFrame frame, MotionMap map, int width, int height, int qpOffset) {
        av_frame_remove_side_data(frame, AV_FRAME_DATA_REGIONS_OF_INTEREST);
        if (qpOffset == 0) {
            return 0;
        }
        int runs = 0;
        for (int by = 0; by < map.rows(); by++) {
            for (int bx = 0; bx < map.columns(); bx++) {
                if (!map.active(bx, by) && (bx == 0 || map.active(bx - 1, by))) {
                    runs++;
                }
            }
        }
        if (runs == 0) {
            return 0;
        }
        AVFrameSideData sd = av_frame_new_side_data(frame, AV_FRAME_DATA_REGIONS_OF_INTEREST, (long) runs * SIZE);
        if (sd == null || sd.isNull()) {
            throw new CodecException("av_frame_new_side_data(REGIONS_OF_INTEREST) failed");
        }
        AVRegionOfInterest roi = new AVRegionOfInterest(sd.data());
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
                AVRegionOfInterest r = roi.getPointer(i++);
                r.self_size(SIZE);
                r.top(by * MotionMap.MB);
                r.bottom(Math.min(height, (by + 1) * MotionMap.MB));
                r.left(start * MotionMap.MB);
                r.right(Math.min(width, bx * MotionMap.MB));
                r.qoffset(av_make_q(qpOffset, QP_RANGE));
            }
        }
        return runs;
    }
}
