namespace Claro.Localization;

/// <summary>
/// A PO file is malformed. <see cref="Exception.Message"/> reads <c>translations/es.po:12: unterminated string</c>.
/// </summary>
public sealed class PoParseException : Exception
{
    /// <summary>Creates the exception for <paramref name="reason"/> at a 1-based line of a file.</summary>
    public PoParseException(string fileName, int line, string reason, Exception? innerException = null)
        : base($"{fileName}:{line}: {reason}", innerException)
    {
        FileName = fileName;
        Line = line;
        Reason = reason;
    }

    /// <summary>The file name as given to the parser.</summary>
    public string FileName { get; }

    /// <summary>The 1-based line where the problem is.</summary>
    public int Line { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; }
}
