using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace GeoMap.Bench.Client;

/// <summary>
/// How fast this machine is right now: the wall time of a fixed single-threaded workload (integer hashing and floating
/// point, no memory traffic), run just before each measured load. The same load's CPU time moved from 1.3 to 2.0 s
/// within an hour on this machine (2026-12-05) with nothing else running and no steal time seen by the guest, and the
/// first render with it: the probe shows which loads met a slow machine, so runs can be compared.
/// </summary>
internal static class MachineSpeed
{
    private const int Iterations = 40_000_000;

    /// <summary>The probe's wall time (ms), the best of three back-to-back runs (a preemption spoils one, not the probe).</summary>
    public static double ProbeMs()
    {
        var best = double.PositiveInfinity;
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            Sink = Work(Iterations);
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }

        return best;
    }

    /// <summary>Keeps the workload's result alive so the JIT cannot drop it.</summary>
    public static double Sink { get; private set; }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static double Work(int n)
    {
        ulong x = 0x9E3779B97F4A7C15;
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            sum += (x & 0xFFFF) * 1.0000001;
        }

        return sum;
    }
}
