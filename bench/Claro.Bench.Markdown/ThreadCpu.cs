using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Claro.Bench.Markdown;

/// <summary>
/// CPU time of the calling thread (clock_gettime with CLOCK_THREAD_CPUTIME_ID on Linux): unlike the
/// wall clock it leaves out the time other programs on a shared machine take. Elsewhere, the process's.
/// </summary>
internal static partial class ThreadCpu
{
    private const int ThreadCpuClock = 3;

    public static double Milliseconds()
    {
        if (OperatingSystem.IsLinux() && GetTime(ThreadCpuClock, out var time) == 0)
        {
            return (time.Seconds * 1000.0) + (time.Nanoseconds / 1_000_000.0);
        }

        return Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int GetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
