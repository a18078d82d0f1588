using BenchmarkDotNet.Running;

namespace Poa.Domain.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/Poa.Domain.Benchmarks -- --filter '*'</c>.
/// Add <c>--job short</c> for a quick run, <c>--job dry</c> for a smoke test.
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
