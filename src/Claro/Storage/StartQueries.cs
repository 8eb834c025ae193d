using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Claro.Storage;

/// <summary>
/// The few questions every start asks of the database, read straight from its connection: through EF each would
/// be a LINQ query compiled before the first page, costing more than the question itself. The readers' list, the
/// first page itself, is read the same way (<see cref="Claro.Reading.ReaderQueries.ListPageAsync"/>).
/// </summary>
public static class StartQueries
{
    /// <summary>Whether a table has a row. EXISTS stops at the first one, so the answer costs the same for any size of table.</summary>
    public static Task<bool> AnyRowsAsync(this DatabaseFacade database, string table, CancellationToken ct = default) =>
        database.ReadAsync(async command =>
        {
            // Double quotes name the table as EF created it, on SQLite and PostgreSQL alike.
            command.CommandText = $"SELECT EXISTS (SELECT 1 FROM \"{table}\")";
            // SQLite answers 0 or 1, PostgreSQL a boolean.
            return Convert.ToBoolean(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }, ct);

    /// <summary>
    /// Runs <paramref name="read"/> with a command on the context's connection, in its transaction if one is open;
    /// the connection is opened for it and closed again unless it was already open.
    /// </summary>
    internal static async Task<T> ReadAsync<T>(this DatabaseFacade database, Func<DbCommand, Task<T>> read, CancellationToken ct)
    {
        await database.OpenConnectionAsync(ct);
        try
        {
            await using var command = database.GetDbConnection().CreateCommand();
            command.Transaction = database.CurrentTransaction?.GetDbTransaction();
            return await read(command);
        }
        finally
        {
            await database.CloseConnectionAsync();
        }
    }

    internal static void AddParameter(this DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
