using System.Text.Json;
using Claro.Recipes;

namespace Claro.Tests.Recipes;

public sealed class OrchardScriptTests
{
    [Theory]
    [InlineData("[js: uuid()]", true)]
    [InlineData("[js:uuid()]", true)]
    [InlineData("[js: parameters('AdminUsername')]", true)]
    [InlineData("[file:text('Snippets/footer.html')]", true)]
    [InlineData("[js:base64('ew0KfQ==')]", true)]
    [InlineData("[Draft: to be reviewed]", false)]
    [InlineData("[JS: uuid()]", false)]
    [InlineData("[ js: uuid()]", false)]
    [InlineData("See [js: uuid()]", false)]
    [InlineData("[js: uuid()] and more", false)]
    [InlineData("js: uuid()", false)]
    [InlineData("[note] js: uuid()]", false)]
    [InlineData("[]", false)]
    public void Only_what_Orchard_Cores_recipe_engine_would_run_is_a_script(string value, bool script) =>
        Assert.Equal(script, OrchardScript.IsScript(value));

    [Fact]
    public void The_first_script_is_found_in_reading_order_with_its_JSON_path()
    {
        using var recipe = JsonDocument.Parse("""
            { "name": "[a] [js: not whole]", "steps": [ { "name": "content", "Data": [ { "Title": "x" }, { "TitlePart": { "Title": "[js: uuid()]" }, "Owner": "[js: parameters('AdminUserId')]" } ] } ] }
            """);
        using var plain = JsonDocument.Parse("""{ "steps": [ { "name": "content", "data": [ { "Html": "<p>[js: uuid()]</p>" } ] } ] }""");

        Assert.Equal(("steps[0].Data[1].TitlePart.Title", "[js: uuid()]"), OrchardScript.FindFirst(recipe.RootElement));
        Assert.Null(OrchardScript.FindFirst(plain.RootElement));
    }
}
