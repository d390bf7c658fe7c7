//! Parsing the attribute's arguments: `spec = "name"` and `module = path`.

use syn::parse::{Parse, ParseStream};
use syn::{Ident, LitStr, Path, Token};

/// The parsed arguments; every value keeps its tokens so errors point at them.
#[derive(Default)]
pub struct Args {
    pub spec: Option<LitStr>,
    pub module: Option<Path>,
}

impl Parse for Args {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let mut args = Args::default();
        while !input.is_empty() {
            let key: Ident = input.parse()?;
            input.parse::<Token![=]>()?;
            match key.to_string().as_str() {
                "spec" => {
                    if args.spec.is_some() {
                        return Err(syn::Error::new(key.span(), "`spec` is given twice"));
                    }
                    let value: LitStr = input.parse().map_err(|error| {
                        syn::Error::new(error.span(), "`spec` takes a string: `spec = \"counter\"`")
                    })?;
                    args.spec = Some(value);
                }
                "module" => {
                    if args.module.is_some() {
                        return Err(syn::Error::new(key.span(), "`module` is given twice"));
                    }
                    let value: Path = input.parse().map_err(|error| {
                        syn::Error::new(error.span(), "`module` takes a path: `module = crate::generated::counter`")
                    })?;
                    args.module = Some(value);
                }
                other => {
                    let message = format!("unknown argument `{other}`; expected `spec = \"name\"` or `module = path`");
                    return Err(syn::Error::new(key.span(), message));
                }
            }
            if input.is_empty() {
                break;
            }
            input.parse::<Token![,]>()?;
        }
        Ok(args)
    }
}
