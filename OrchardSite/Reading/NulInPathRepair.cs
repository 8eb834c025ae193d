using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Claro.Site.Reading;

/// <summary>
/// Kestrel refuses a request whose path holds an encoded NUL (<c>%00</c>) with a bare 400 before the
/// site sees it, so a reader who mistypes or is sent a mangled link gets no page at all. This
/// connection middleware turns <c>%00</c> inside a request line's target into <c>%7F</c> (same length,
/// so positions map one to one); such a path matches nothing and the reader gets the localized 404.
/// Only a buffer that starts with a complete HTTP/1.x request line is touched, never a body.
/// </summary>
internal static class NulInPathRepair
{
    public static void UseNulInPathRepair(this ListenOptions listen) => listen.Use(next => async connection =>
    {
        var transport = connection.Transport;
        var reader = new RepairingReader(transport.Input);
        connection.Transport = new Duplex(reader, transport.Output);
        try
        {
            await next(connection);
        }
        finally
        {
            connection.Transport = transport;
        }
    });

    /// <summary>Where a buffer starts with a request line whose target holds <c>%00</c>: the repaired bytes, else null.</summary>
    internal static byte[]? Repair(ReadOnlySequence<byte> buffer)
    {
        var reader = new SequenceReader<byte>(buffer);
        if (!reader.TryReadTo(out ReadOnlySequence<byte> lineSequence, "\r\n"u8, advancePastDelimiter: false) || lineSequence.Length > 16 * 1024)
        {
            return null;
        }

        var line = lineSequence.IsSingleSegment ? lineSequence.FirstSpan : lineSequence.ToArray();
        var methodEnd = line.IndexOf((byte)' ');
        var targetEnd = line.LastIndexOf((byte)' ');
        if (methodEnd <= 0 || targetEnd <= methodEnd + 1 || line[methodEnd + 1] != (byte)'/'
            || !line[(targetEnd + 1)..].StartsWith("HTTP/1."u8) || !IsToken(line[..methodEnd]))
        {
            return null;
        }

        var target = line[(methodEnd + 1)..targetEnd];
        if (target.IndexOf("%00"u8) < 0)
        {
            return null;
        }

        var bytes = buffer.ToArray();
        var span = bytes.AsSpan(methodEnd + 1, target.Length);
        for (var at = span.IndexOf("%00"u8); at >= 0; at = span.IndexOf("%00"u8))
        {
            span[at + 1] = (byte)'7';
            span[at + 2] = (byte)'F';
        }

        return bytes;
    }

    private static bool IsToken(ReadOnlySpan<byte> method)
    {
        foreach (var b in method)
        {
            if (b is < (byte)'A' or > (byte)'Z')
            {
                return false;
            }
        }

        return true;
    }

    private sealed class Duplex(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input { get; } = input;

        public PipeWriter Output { get; } = output;
    }

    private sealed class RepairingReader(PipeReader inner) : PipeReader
    {
        private ReadOnlySequence<byte> _original;
        private ReadOnlySequence<byte>? _repaired;

        public override async ValueTask<ReadResult> ReadAsync(CancellationToken cancellationToken = default) =>
            Inspect(await inner.ReadAsync(cancellationToken));

        public override bool TryRead(out ReadResult result)
        {
            if (!inner.TryRead(out var read))
            {
                result = default;
                return false;
            }

            result = Inspect(read);
            return true;
        }

        public override void AdvanceTo(SequencePosition consumed) => AdvanceTo(consumed, consumed);

        public override void AdvanceTo(SequencePosition consumed, SequencePosition examined)
        {
            if (_repaired is { } repaired)
            {
                _repaired = null;
                inner.AdvanceTo(_original.GetPosition(repaired.Slice(0, consumed).Length), _original.GetPosition(repaired.Slice(0, examined).Length));
                return;
            }

            inner.AdvanceTo(consumed, examined);
        }

        public override void CancelPendingRead() => inner.CancelPendingRead();

        public override void Complete(Exception? exception = null) => inner.Complete(exception);

        public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);

        private ReadResult Inspect(ReadResult read)
        {
            _original = read.Buffer;
            _repaired = null;
            if (Repair(read.Buffer) is not { } bytes)
            {
                return read;
            }

            var repaired = new ReadOnlySequence<byte>(bytes);
            _repaired = repaired;
            return new ReadResult(repaired, read.IsCanceled, read.IsCompleted);
        }
    }
}
