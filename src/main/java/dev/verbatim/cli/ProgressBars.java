package dev.verbatim.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

import java.io.PrintStream;
import java.text.DecimalFormat;
import java.time.temporal.ChronoUnit;

/** The progress bar of batch runs, drawn by me.tongfei:progressbar on standard error. */
final class ProgressBars {

    /** A progress bar to close when the run ends. */
    interface Bar extends Batch.Progress, AutoCloseable {
        @Override
        void close();
    }

    static final Bar NONE = new Bar() {
        @Override
        public void step() {
        }

        @Override
        public void close() {
        }
    };

    private ProgressBars() {
    }

    /**
     * A bar of documents on {@code err}: count, documents per second and, when {@code total} is
     * known (not negative), percentage and ETA.
     */
    static Bar documents(String task, long total, PrintStream err) {
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setUnit(" docs", 1)
                .showSpeed(new DecimalFormat("0.0"))
                .setSpeedUnit(ChronoUnit.SECONDS)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(err))
                .continuousUpdate()
                .build();
        return new Bar() {
            @Override
            public void step() {
                bar.step();
            }

            @Override
            public void close() {
                bar.close();
            }
        };
    }

    /** Whether this process's standard error is a terminal (asked of JLine, which the bar uses). */
    static boolean stderrIsTerminal() {
        try {
            return TerminalProvider.load("exec").isSystemStream(SystemStream.Error);
        } catch (Exception | LinkageError e) {
            return System.console() != null;
        }
    }
}
