using Hexagon.Adapters.Web.Identity.TwoFactor;
using Hexagon.Application.Identity.TwoFactor.SetUpTwoFactor;

namespace Hexagon.Adapters.Web.Accounts;

/// <summary>The pending secret three ways: to type, to open as a link on the same phone, or to scan.</summary>
public sealed record TwoFactorSetupResponse(string Secret, string OtpauthUri, string QrCodeDataUrl)
{
    public static TwoFactorSetupResponse From(TwoFactorSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        return new(setup.Secret, setup.OtpauthUri, QrCodePng.DataUrl(setup.OtpauthUri));
    }
}
