namespace Claro.Translation;

/// <summary>
/// A piece of a translation unit's content: text a translator translates, or where an inline code
/// (emphasis, a link, inline code) starts, ends or stands. A unit's content is a flat list of them,
/// as XLIFF 2.0 reads once its <c>&lt;pc&gt;</c>, <c>&lt;sc&gt;</c>/<c>&lt;ec&gt;</c> and <c>&lt;ph&gt;</c> are laid out in order.
/// </summary>
public abstract record UnitPart;

public sealed record TextPart(string Text) : UnitPart;

/// <summary>Where a paired code (emphasis, a link) opens.</summary>
public sealed record CodeStart(string CodeId) : UnitPart;

/// <summary>Where a paired code closes.</summary>
public sealed record CodeEnd(string CodeId) : UnitPart;

/// <summary>A code that holds no text of its own (inline code, a line break).</summary>
public sealed record CodePlaceholder(string CodeId) : UnitPart;
