#pragma once

#include <QList>
#include <algorithm>
#include <cstdio>

// Timings of repeated runs, printed as a line that starts with BENCHMARK so that figures can be
// collected from a ctest log. Benchmarks print; they never fail on time, since the machine may be
// busy. Correctness is what they assert.
struct BenchmarkFigures
{
    QList<double> milliseconds;

    double percentile(double p) const
    {
        if (milliseconds.isEmpty())
            return 0;
        QList<double> sorted = milliseconds;
        std::sort(sorted.begin(), sorted.end());
        const auto index = static_cast<qsizetype>(p * static_cast<double>(sorted.size() - 1) + 0.5);
        return sorted.at(index);
    }
    double median() const { return percentile(0.5); }

    void print(const char *what) const
    {
        std::printf("BENCHMARK %-44s n=%3lld  median %8.3f ms  p10 %8.3f ms  p90 %8.3f ms\n", what,
                    static_cast<long long>(milliseconds.size()), percentile(0.5), percentile(0.1),
                    percentile(0.9));
        std::fflush(stdout);
    }
};
