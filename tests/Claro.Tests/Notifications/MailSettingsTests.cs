using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Claro.Tests.Notifications;

public sealed class MailSettingsTests
{
    private static ClaroOptions Bind(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>($"Claro:{s.Key}", s.Value)))
            .Build().GetSection(ClaroOptions.Section).Get<ClaroOptions>() ?? new ClaroOptions();

    [Theory]
    [InlineData("Mail:Port", "70000", "Claro:Mail:Port: 70000")]
    [InlineData("Mail:From", "web team", "Claro:Mail:From: 'web team'")]
    [InlineData("Mail:SendInterval", "00:00:00", "Claro:Mail:SendInterval")]
    [InlineData("Mail:FirstRetryAfter", "-00:01:00", "Claro:Mail:FirstRetryAfter")]
    [InlineData("ReviewAfterMonths", "0", "Claro:ReviewAfterMonths: 0")]
    public void Mail_and_review_settings_the_site_cannot_run_with_stop_it_naming_the_setting(string setting, string value, string named)
    {
        var options = Bind(("Mail:Host", "smtp.kcpd.org"), (setting, value));

        var refused = Assert.Throws<OptionsValidationException>(() => options.Complete());

        Assert.Contains(named, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_host_mail_is_off_and_its_other_settings_are_not_looked_at()
    {
        var options = Bind(("Mail:Port", "0"), ("Mail:From", "nobody")).Complete();

        Assert.False(options.Mail.IsOn);
    }

    [Fact]
    public void A_complete_mail_setting_is_accepted()
    {
        var options = Bind(("Mail:Host", "smtp.kcpd.org"), ("Mail:Port", "465"), ("Mail:From", "Claro <claro@kcpd.org>"), ("ReviewAfterMonths", "6")).Complete();

        Assert.True(options.Mail.IsOn);
        Assert.Equal(465, options.Mail.Port);
        Assert.Equal(6, options.ReviewAfterMonths);
    }
}
