using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Claro.Tests.Support;

/// <summary>Keeps every line the site logs at <paramref name="minimum"/> or above, with its state and exception, for a test to read.</summary>
public sealed class LogCollector(LogLevel minimum) : ILoggerProvider, ILogger
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            Lines.Enqueue($"{formatter(state, exception)} {state} {exception}");
        }
    }

    public void Dispose()
    {
    }
}
