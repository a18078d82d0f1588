namespace Poa.Domain.Internal;

/// <summary>A small, deterministic hash combiner (netstandard2.0 has no <c>System.HashCode</c>).</summary>
internal static class Hash
{
    internal const int Seed = 17;

    internal static int Combine(int hash, int value)
    {
        unchecked
        {
            return (hash * 31) + value;
        }
    }

    internal static int Combine(int hash, object? value) => Combine(hash, value?.GetHashCode() ?? 0);
}
