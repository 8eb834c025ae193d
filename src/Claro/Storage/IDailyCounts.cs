namespace Claro.Storage;

/// <summary>Counts kept in memory and added to the database now and then (<see cref="DailyCounts{TKey}"/>).</summary>
public interface IDailyCounts
{
    /// <summary>Adds what was counted since the last time to the database; kept for the next time if the database cannot take it.</summary>
    Task FlushAsync(ClaroDbContext db, CancellationToken ct = default);
}
