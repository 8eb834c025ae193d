using System.Reflection;
using System.Text.RegularExpressions;
using Claro.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.Extensions.DependencyInjection;

namespace Claro.Tests.Storage;

/// <summary>
/// The site starts on a compiled EF Core model (<c>src/Claro/Storage/CompiledModels</c>) instead of building
/// the model at every start. It is generated code: these tests generate it again from the model the code
/// describes, with the generator <c>dotnet ef dbcontext optimize</c> uses, and fail when the checked-in
/// files differ, naming the command that brings them up to date.
/// </summary>
public sealed partial class CompiledModelTests
{
    [Fact]
    public void The_compiled_SQLite_model_is_up_to_date() =>
        AssertUpToDate(new SqliteDesignTimeFactory().CreateDbContext([]), "Sqlite");

    [Fact]
    public void The_compiled_PostgreSQL_model_is_up_to_date() =>
        AssertUpToDate(new PostgresDesignTimeFactory().CreateDbContext([]), "Postgres");

    [Fact]
    public void The_site_runs_on_the_compiled_models()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var postgres = new PostgresDesignTimeFactory().CreateDbContext([]);

        Assert.Equal("Claro.Storage.CompiledModels.Sqlite", sqlite.Model.GetType().Namespace);
        Assert.Equal("Claro.Storage.CompiledModels.Postgres", postgres.Model.GetType().Namespace);
    }

    private static void AssertUpToDate(ClaroDbContext context, string provider)
    {
        using (context)
        {
            var folder = Path.Combine(RepositoryRoot(), "src", "Claro", "Storage", "CompiledModels", provider);
            var generated = Generate(context, $"Claro.Storage.CompiledModels.{provider}");
            var regenerate = $"The compiled {provider} model in {Path.GetRelativePath(RepositoryRoot(), folder)} no longer matches the model " +
                $"(ClaroDbContext.OnModelCreating and the entities). Regenerate it from the repository root with:{Environment.NewLine}" +
                $"  dotnet ef dbcontext optimize --project src/Claro --startup-project OrchardSite --context {context.GetType().Name} " +
                $"--output-dir Storage/CompiledModels/{provider} --namespace Claro.Storage.CompiledModels.{provider}";

            var stale = generated.Where(file => !File.Exists(Path.Combine(folder, file.Path)) || Normalize(File.ReadAllText(Path.Combine(folder, file.Path))) != Normalize(file.Code))
                .Select(file => file.Path).ToList();
            var leftOver = Directory.GetFiles(folder, "*.cs").Select(Path.GetFileName).Except(generated.Select(file => file.Path)).ToList();

            Assert.True(stale.Count == 0 && leftOver.Count == 0,
                $"{regenerate}{Environment.NewLine}Different: {string.Join(", ", stale)}; no longer generated: {string.Join(", ", leftOver)}");
        }
    }

    /// <summary>What <c>dotnet ef dbcontext optimize</c> writes, without writing it: the same design-time services and generator.</summary>
    private static IReadOnlyCollection<ScaffoldedFile> Generate(DbContext context, string modelNamespace)
    {
        var services = new ServiceCollection().AddEntityFrameworkDesignTimeServices();
        var providerAssembly = Assembly.Load(new AssemblyName(context.Database.ProviderName!));
        var providerServices = providerAssembly.GetCustomAttribute<DesignTimeProviderServicesAttribute>()!.TypeName;
        ((IDesignTimeServices)Activator.CreateInstance(providerAssembly.GetType(providerServices, throwOnError: true)!)!).ConfigureDesignTimeServices(services);
        services.AddDbContextDesignTimeServices(context);
        using var provider = services.BuildServiceProvider();
        var options = new CompiledModelCodeGenerationOptions
        {
            ContextType = context.GetType(),
            ModelNamespace = modelNamespace,
            Language = "C#",
            UseNullableReferenceTypes = true,
            GeneratedFileNames = new HashSet<string>(),
        };
        return provider.GetRequiredService<ICompiledModelCodeGeneratorSelector>().Select(options)
            .GenerateModel(context.GetService<IDesignTimeModel>().Model, options);
    }

    // Each generation draws a new model id; nothing else may differ.
    private static string Normalize(string code) =>
        ModelId().Replace(code.TrimStart('\uFEFF').ReplaceLineEndings("\n"), "modelId: new Guid()");

    [GeneratedRegex("""modelId: new Guid\("[0-9a-f-]{36}"\)""")]
    private static partial Regex ModelId();

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Claro.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new DirectoryNotFoundException("The tests run from inside the repository, beside Claro.sln.");
    }
}
