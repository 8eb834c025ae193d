using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace Claro.Site.Staff;

/// <summary>
/// Slows down the address that keeps failing to sign in: after <see cref="FreeFailures"/> failures it
/// waits <see cref="FirstWait"/>, twice as long after each further one, up to <see cref="LongestWait"/>.
/// Guessing from one place then takes days, long before an account's own lockout (100 failures) can
/// be reached, so nobody locks a staff member out by guessing. The same for known and unknown emails.
/// Kept in memory only: an address is held as a keyed hash (the key is made at start and never stored),
/// forgotten <see cref="Memory"/> after its last failure, never logged. Behind a proxy, the address is
/// the client's only when the proxy is among <c>Claro:KnownProxies</c>.
/// </summary>
internal sealed class SignInThrottle(TimeProvider clock)
{
    public const int FreeFailures = 5;
    public static readonly TimeSpan FirstWait = TimeSpan.FromSeconds(15);
    public static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan Memory = TimeSpan.FromHours(1);

    // About 10 MB at most; past it, addresses idle the longest are forgotten first.
    private const int MostAddresses = 100_000;

    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);
    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);

    /// <summary>How long the address must wait before its next attempt; zero when it may try now.</summary>
    public TimeSpan WaitFor(IPAddress? address)
    {
        var now = clock.GetUtcNow();
        return _failures.TryGetValue(Key(address), out var failures) && failures.Until > now && now - failures.Last < Memory
            ? failures.Until - now
            : TimeSpan.Zero;
    }

    public void Failed(IPAddress? address)
    {
        var now = clock.GetUtcNow();
        _failures.AddOrUpdate(
            Key(address),
            _ => new Failures(1, now, now + WaitAfter(1)),
            (_, previous) =>
            {
                var count = now - previous.Last < Memory ? previous.Count + 1 : 1;
                return new Failures(count, now, now + WaitAfter(count));
            });
        if (_failures.Count > MostAddresses)
        {
            ForgetOldest(now);
        }
    }

    public void Succeeded(IPAddress? address) => _failures.TryRemove(Key(address), out _);

    /// <summary>The wait after the given number of failures in a row.</summary>
    public static TimeSpan WaitAfter(int failures) => failures < FreeFailures
        ? TimeSpan.Zero
        : TimeSpan.FromTicks(Math.Min(LongestWait.Ticks, FirstWait.Ticks << Math.Min(failures - FreeFailures, 16)));

    /// <summary>
    /// A keyed hash of the address, never the address itself. IPv6 addresses count by their /64
    /// network: one client holds a whole one. IPv4 addresses written as IPv6 count as IPv4.
    /// </summary>
    private string Key(IPAddress? address)
    {
        var bytes = address switch
        {
            null => [],
            { IsIPv4MappedToIPv6: true } => address.MapToIPv4().GetAddressBytes(),
            { AddressFamily: AddressFamily.InterNetworkV6 } => address.GetAddressBytes()[..8],
            _ => address.GetAddressBytes(),
        };
        return Convert.ToBase64String(HMACSHA256.HashData(_key, bytes), 0, 16);
    }

    private void ForgetOldest(DateTimeOffset now)
    {
        foreach (var (key, failures) in _failures)
        {
            if (now - failures.Last >= Memory)
            {
                _failures.TryRemove(key, out _);
            }
        }

        foreach (var (key, _) in _failures.OrderBy(f => f.Value.Last).Take(Math.Max(0, _failures.Count - (MostAddresses / 2))).ToList())
        {
            _failures.TryRemove(key, out _);
        }
    }

    private readonly record struct Failures(int Count, DateTimeOffset Last, DateTimeOffset Until);
}
