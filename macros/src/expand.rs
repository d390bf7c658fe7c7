//! Expansion: the `runtime::DurableObject` impl, or a spanned error beside the untouched item.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Fields, ItemStruct};

use crate::args::Args;
use crate::spec_lookup;

pub fn durable_object(attr: TokenStream, item: TokenStream) -> TokenStream {
    match expand(attr, item.clone()) {
        Ok(tokens) => tokens,
        // Keep the item so the user sees this one error, not every use of a vanished struct.
        Err(error) => {
            let error = error.to_compile_error();
            quote! { #item #error }
        }
    }
}

fn expand(attr: TokenStream, item: TokenStream) -> syn::Result<TokenStream> {
    let args: Args = syn::parse2(attr)?;
    let item: ItemStruct = syn::parse2(item).map_err(|error| {
        syn::Error::new(error.span(), "#[durable_object] goes on a struct, such as `pub struct Counter;`")
    })?;

    if !item.generics.params.is_empty() || item.generics.where_clause.is_some() {
        let message = "#[durable_object] structs cannot be generic: the host creates them from the spec alone";
        return Err(syn::Error::new(item.generics.span(), message));
    }

    let (spec_name, spec_span) = match &args.spec {
        Some(literal) => (literal.value(), literal.span()),
        None => (snake_case(&item.ident.to_string()), item.ident.span()),
    };
    check_spec(&spec_name, spec_span, args.spec.is_some())?;

    let module = match &args.module {
        Some(path) => quote! { #path },
        None => {
            let module = raw_ident(&spec_name);
            quote_spanned! { spec_span => ::generated::#module }
        }
    };

    let ident = &item.ident;
    let create = match item.fields {
        Fields::Unit => quote! { ::core::result::Result::Ok(Self) },
        _ => quote_spanned! { item.ident.span() => ::core::result::Result::Ok(<Self as ::core::default::Default>::default()) },
    };
    // The bound is checked only in the impl's `where Self: Methods` clause. A missing `impl Methods`
    // is then one error at the user's struct, because rustc rejects a trivially false bound, and
    // the body, which may assume the bound, adds no error at `dispatch` or its `.await`.
    let methods_bound = quote_spanned! { item.ident.span() => #ident: #module::Methods };
    let dispatch = quote! { #module::dispatch(self, ctx, method, params).await };
    let export = export_durable_object(ident, &spec_name);

    Ok(quote! {
        #item

        impl ::runtime::DurableObject for #ident where #methods_bound {
            fn info() -> &'static ::runtime::ObjectInfo {
                &#module::INFO
            }

            fn create(_env: &::runtime::ObjectEnv<'_>) -> ::runtime::Result<Self> {
                #create
            }

            async fn dispatch(
                &self,
                ctx: &::runtime::CallContext<'_>,
                method: &str,
                params: ::runtime::__private::serde_json::Value,
            ) -> ::runtime::Result<::runtime::__private::serde_json::Value> {
                #dispatch
            }
        }

        #export
    })
}

/// On wasm32, exports the struct as the Durable Object class `<PascalCase spec name>Object`
/// (`DoObject` for `do`), the `class_name` that the code generator writes into wrangler.toml and
/// the workerd config. The crate then needs `worker` and `wasm-bindgen` as wasm32 dependencies
/// and `runtime` with its `workers` feature, because `export_durable_object!` expands to them.
fn export_durable_object(ident: &syn::Ident, spec_name: &str) -> TokenStream {
    let export = format_ident!("{}Object", pascal_case(spec_name));
    quote! {
        #[cfg(target_arch = "wasm32")]
        ::runtime::export_durable_object!(#ident => #export);
    }
}

/// `snake_case` -> `PascalCase`, as the code generator's `names::pascal_case` converts it.
fn pascal_case(snake: &str) -> String {
    snake
        .split('_')
        .map(|word| {
            let mut chars = word.chars();
            match chars.next() {
                Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
                None => String::new(),
            }
        })
        .collect()
}

/// Reports an unknown spec at the `spec = "..."` value, or at the struct name when it was inferred.
fn check_spec(name: &str, span: Span, explicit: bool) -> syn::Result<()> {
    let Ok(manifest_dir) = std::env::var("CARGO_MANIFEST_DIR") else {
        // Outside cargo there is no folder to search; the generated module path still has to resolve.
        return Ok(());
    };
    match spec_lookup::find(std::path::Path::new(&manifest_dir), name) {
        Ok(_) => Ok(()),
        Err(not_found) => {
            let how = if explicit {
                "".to_string()
            } else {
                " (taken from the struct name; set `#[durable_object(spec = \"...\")]` to choose another)".to_string()
            };
            let known = if not_found.searched.is_empty() {
                "no `specs` folder was found; create a spec with `cargo run -p codegen -- new <name>`".to_string()
            } else {
                let folders: Vec<String> = not_found.searched.iter().map(|dir| dir.display().to_string()).collect();
                format!("looked in {}; known specs: {}", folders.join(", "), not_found.known.join(", "))
            };
            let message = format!("unknown spec `{name}`{how}: no `specs/{name}.yaml` in this crate or its parents; {known}");
            Err(syn::Error::new(span, message))
        }
    }
}

fn snake_case(pascal: &str) -> String {
    let mut out = String::new();
    for (index, c) in pascal.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if index > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// The module name of a spec, escaped like the generator escapes it (`do` -> `r#do`).
fn raw_ident(name: &str) -> syn::Ident {
    match syn::parse_str::<syn::Ident>(name) {
        Ok(ident) => ident,
        Err(_) => format_ident!("r#{}", name),
    }
}
